import { useEffect, useRef } from 'react';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ROLE_LABELS, type Role } from '../../../../shared/domain/roles';
import { FormField } from './FormField';
import { useFocusFirstFault, useLineFocus } from './lineFocus';
import { OperatorLine } from './OperatorLine';
import { roleAfterSaving } from './operatorDrafts';
import { RoleOptions } from './RoleOptions';
import { useOperatorsForm } from './useOperatorsForm';
import './settings.css';

interface WorkstationOperatorsProps {
  /** The workstation user's id: the form says when saving would take Settings away from them. */
  userId: string;
  /** Tells the rest of the window who the operator is may have changed. */
  onSaved: () => void;
}

/**
 * For console admins where no cluster vouches for the user (the demo workspace, a cluster with its
 * security off): who uses this workstation's console as what, over which clients, and everyone else's role.
 */
export function WorkstationOperators({ userId, onSaved }: WorkstationOperatorsProps) {
  const form = useOperatorsForm(onSaved);
  const { operators, errors } = form;
  const section = useRef<HTMLElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const formError = useRef<HTMLParagraphElement>(null);
  const warning = useRef<HTMLParagraphElement>(null);
  const setFocusTo = useLineFocus(section, addButton, {
    line: '.operator-line',
    input: 'input',
    button: 'button[aria-label^="Remove"]',
  });
  useFocusFirstFault(form.refusals, section, formError);
  // Main's warning takes the keyboard, to be read; "Save even if warned" is the next stop.
  useEffect(() => {
    if (form.warnings > 0) warning.current?.focus();
  }, [form.warnings]);
  if (form.stored.error) {
    return (
      <p role="alert" className="error">
        {form.stored.error.message}
      </p>
    );
  }
  if (!form.stored.data) return <p>Loading…</p>;
  const yourRole = roleAfterSaving(operators, form.defaultRole, userId);
  return (
    <section ref={section} aria-labelledby="workstation-operators-title" className="workstation-operators">
      <h2 id="workstation-operators-title">Workstation operators</h2>
      <p className="muted">
        Who uses this console on this workstation, as what, and over which clients, while no cluster says who they are.
        While nobody is listed, whoever uses it is a console admin.
      </p>
      {errors.form && (
        <p role="alert" className="error form-error" tabIndex={-1} ref={formError}>
          {errors.form}
        </p>
      )}
      <ol aria-label="Workstation operators" className="operator-lines">
        {operators.map((operator, index) => (
          <OperatorLine
            key={index}
            index={index}
            operator={operator}
            fields={errors.fields}
            onChange={(next) => form.change(index, next)}
            onRemove={() => {
              form.remove(index);
              setFocusTo({ line: Math.min(index, operators.length - 2), control: 'button' });
            }}
          />
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        onClick={() => {
          form.add();
          setFocusTo({ line: operators.length, control: 'input' });
        }}
      >
        Add an operator
      </button>
      <FormField label="Role of users not listed" error={errors.fields.defaultRole}>
        {(control) => (
          <select
            {...control}
            value={form.defaultRole}
            onChange={(event) => form.setDefaultRole(event.target.value as Role)}
          >
            <RoleOptions />
          </select>
        )}
      </FormField>
      {yourRole !== 'admin' && !form.warning && (
        <p role="note" className="error">
          Once saved, your role ({showHiddenCharacters(userId)}) is {ROLE_LABELS[yourRole]}: you can no longer change
          Settings. List yourself as a Console admin to keep them.
        </p>
      )}
      <button type="button" className="primary" aria-disabled={form.pending} onClick={() => void form.save()}>
        Save operators
      </button>
      {form.warning && (
        <div className="operators-warning">
          <p role="alert" className="error form-error" tabIndex={-1} ref={warning}>
            {form.warning}
          </p>
          <button type="button" aria-disabled={form.pending} onClick={() => void form.saveEvenIfWarned()}>
            Save even if warned
          </button>
        </div>
      )}
      {form.saved && <p role="status">Saved.</p>}
    </section>
  );
}
