import type { CaseSummary } from '../../../../shared/domain/investigationCase';
import { useApi } from '../../api/ApiContext';
import { readOnlyReason } from '../access/operator';
import { useOperator } from '../access/OperatorContext';
import { RefusedAction } from '../../components/RefusedAction';
import { CaseFieldsForm } from './CaseFieldsForm';

const EMPTY = { title: '', purpose: '', reference: '' };

interface NewCaseFormProps {
  /** The cases kept now, whose titles a new case may not repeat. */
  cases: readonly CaseSummary[];
  /** Main kept the new case: the list is read again, and the case named and given the focus there. */
  onCreated: (created: Pick<CaseSummary, 'id' | 'title'>) => void;
}

/**
 * Creates a case from a title, a purpose and an optional reference; each problem is said at its field.
 * While a reopened bundle is the source, main refuses new cases: only the disabled button shows, saying why.
 */
export function NewCaseForm({ cases, onCreated }: NewCaseFormProps) {
  const api = useApi();
  const refused = readOnlyReason(useOperator(), 'create a case');
  if (refused) {
    return (
      <div className="new-case">
        <RefusedAction label="Create case" reason={refused} />
      </div>
    );
  }
  return (
    <CaseFieldsForm
      name="New case"
      initial={EMPTY}
      submit="Create case"
      cases={cases}
      send={(values) => api.createCase(values)}
      onSent={onCreated}
      reset
    />
  );
}
