import { useState } from 'react';
import type { Role } from '../../../../shared/domain/roles';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import {
  NEW_OPERATOR,
  NO_OPERATOR_ERRORS,
  operatorFailureToErrors,
  toDrafts,
  toRequest,
  validateOperators,
  type OperatorDraft,
  type OperatorErrors,
} from './operatorDrafts';

/** The admin's draft of the workstation's operators and the default role, checked before it is saved. */
export function useOperatorsForm(onSaved: () => void) {
  const api = useApi();
  const stored = useRequest(() => api.getSettings({}), [api]);
  // The admin's edits; until the first one, the operators as saved.
  const [draft, setDraft] = useState<{ operators: OperatorDraft[]; defaultRole: Role } | null>(null);
  const operators = draft?.operators ?? toDrafts(stored.data?.operators ?? []);
  const defaultRole = draft?.defaultRole ?? stored.data?.defaultRole ?? 'auditor';
  const [errors, setErrors] = useState<OperatorErrors>(NO_OPERATOR_ERRORS);
  // Errors show once a Save was refused, then follow each edit.
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  // Bumped by each Save answered with a field at fault, for the form to take the focus there.
  const [refusals, setRefusals] = useState(0);
  const edit = (next: OperatorDraft[], role: Role = defaultRole) => {
    setDraft({ operators: next, defaultRole: role });
    setSaved(false);
    if (checked) setErrors(validateOperators(next, role));
  };
  const save = async () => {
    if (pending) return;
    setChecked(true);
    setSaved(false);
    const found = validateOperators(operators, defaultRole);
    setErrors(found);
    if (found !== NO_OPERATOR_ERRORS) {
      setRefusals((count) => count + 1);
      return;
    }
    setPending(true);
    const result = await api.saveOperators(toRequest(operators, defaultRole));
    setPending(false);
    if (!result.ok) {
      setErrors(operatorFailureToErrors(operators, result));
      setRefusals((count) => count + 1);
      return;
    }
    // The list as main saved it, so what shows is what is kept.
    setDraft({ operators: toDrafts(result.data.operators), defaultRole: result.data.defaultRole });
    setSaved(true);
    setChecked(false);
    onSaved();
  };
  return {
    stored,
    operators,
    defaultRole,
    errors,
    saved,
    pending,
    refusals,
    save,
    change: (index: number, operator: OperatorDraft) =>
      edit(operators.map((existing, at) => (at === index ? operator : existing))),
    remove: (index: number) => edit(operators.filter((_, at) => at !== index)),
    add: () => edit([...operators, NEW_OPERATOR]),
    setDefaultRole: (role: Role) => edit(operators, role),
  };
}
