import { useState } from 'react';
import type { Role } from '../../../../shared/domain/roles';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import {
  isAcknowledgeable,
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
  // Main's warning that these operators take Settings away from the admin, until they edit or save anyway;
  // each one bumps `warnings`, for the form to take the focus to it.
  const [warning, setWarning] = useState<string | null>(null);
  const [warnings, setWarnings] = useState(0);
  const edit = (next: OperatorDraft[], role: Role = defaultRole) => {
    setDraft({ operators: next, defaultRole: role });
    setSaved(false);
    // An acknowledgement answers the warning about the list it was given for, not an edited one.
    setWarning(null);
    if (checked) setErrors(validateOperators(next, role));
  };
  /** Saves the list; `acknowledgeWarnings` once the admin read main's warning and saves anyway. */
  const save = async (acknowledgeWarnings = false) => {
    if (pending) return;
    setChecked(true);
    setSaved(false);
    setWarning(null);
    const found = validateOperators(operators, defaultRole);
    setErrors(found);
    if (found !== NO_OPERATOR_ERRORS) {
      setRefusals((count) => count + 1);
      return;
    }
    setPending(true);
    const result = await api.saveOperators({ ...toRequest(operators, defaultRole), acknowledgeWarnings });
    setPending(false);
    if (!result.ok && isAcknowledgeable(result)) {
      setWarning(result.message);
      setWarnings((count) => count + 1);
      return;
    }
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
    warning,
    warnings,
    save: () => save(),
    saveEvenIfWarned: () => save(true),
    change: (index: number, operator: OperatorDraft) =>
      edit(operators.map((existing, at) => (at === index ? operator : existing))),
    remove: (index: number) => edit(operators.filter((_, at) => at !== index)),
    add: () => edit([...operators, NEW_OPERATOR]),
    setDefaultRole: (role: Role) => edit(operators, role),
  };
}
