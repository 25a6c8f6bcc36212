import type { KeyboardEvent } from 'react';
import type { CaseSummary } from '../../../../shared/domain/investigationCase';
import { useApi } from '../../api/ApiContext';
import { CaseFieldsForm } from './CaseFieldsForm';

interface EditCaseFormProps {
  summary: CaseSummary;
  /** The cases kept now: the case may keep its own title, not take another's. */
  cases: readonly CaseSummary[];
  /** Main kept the change: the list is read again. */
  onSaved: () => void;
  onCancel: () => void;
  /** `useOpenedBy`'s: Escape cancels, and the focus goes back to Edit case. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/** A case's title, purpose and reference in the form that created it, filled with what they are now. */
export function EditCaseForm({ summary, cases, onSaved, onCancel, onKeyDown }: EditCaseFormProps) {
  const api = useApi();
  const { id, title, purpose, reference } = summary;
  return (
    <CaseFieldsForm
      name="Edit case"
      initial={{ title, purpose, reference }}
      submit="Save"
      cases={cases}
      ownId={id}
      send={(values) => api.editCase({ caseId: id, ...values })}
      onSent={onSaved}
      onCancel={onCancel}
      onKeyDown={onKeyDown}
      focusTitle
    />
  );
}
