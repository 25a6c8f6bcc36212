import { type Role } from '../../../../shared/domain/roles';
import { FormField } from './FormField';
import { RoleOptions } from './RoleOptions';
import type { OperatorDraft } from './operatorDrafts';

interface OperatorLineProps {
  /** The operator's place in the list, from 0; controls are named by it from 1 ("User id of operator 2"). */
  index: number;
  operator: OperatorDraft;
  /** Sentences by request path ("operators.1.id"). */
  fields: Readonly<Record<string, string>>;
  onChange: (operator: OperatorDraft) => void;
  onRemove: () => void;
}

/** One workstation operator: user id, name, role, scope (every client or the listed ones), and Remove. */
export function OperatorLine({ index, operator, fields, onChange, onRemove }: OperatorLineProps) {
  const of = `of operator ${index + 1}`;
  const at = `operators.${index}`;
  const set = <Key extends keyof OperatorDraft>(key: Key, value: OperatorDraft[Key]) =>
    onChange({ ...operator, [key]: value });
  return (
    <li className="operator-line">
      <fieldset>
        <legend>Operator {index + 1}</legend>
        <FormField label={`User id ${of}`} error={fields[`${at}.id`]}>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              spellCheck={false}
              value={operator.id}
              onChange={(event) => set('id', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={`Name ${of}`} error={fields[`${at}.name`]}>
          {(control) => (
            <input {...control} value={operator.name} onChange={(event) => set('name', event.target.value)} />
          )}
        </FormField>
        <FormField label={`Role ${of}`} error={undefined}>
          {(control) => (
            <select {...control} value={operator.role} onChange={(event) => set('role', event.target.value as Role)}>
              <RoleOptions />
            </select>
          )}
        </FormField>
        <fieldset className="operator-scope">
          <legend>Scope {of}</legend>
          <label>
            <input
              type="radio"
              name={`operator-scope-${index}`}
              checked={operator.everyClient}
              onChange={() => set('everyClient', true)}
            />{' '}
            Every client
          </label>
          <label>
            <input
              type="radio"
              name={`operator-scope-${index}`}
              checked={!operator.everyClient}
              onChange={() => set('everyClient', false)}
            />{' '}
            Only the listed clients
          </label>
        </fieldset>
        {!operator.everyClient && (
          <FormField label={`Client ids ${of}, one a line`} error={fields[`${at}.scope.clientIds`]}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                spellCheck={false}
                value={operator.clientIds}
                onChange={(event) => set('clientIds', event.target.value)}
              />
            )}
          </FormField>
        )}
        <button type="button" aria-label={`Remove operator ${index + 1}`} onClick={onRemove}>
          Remove
        </button>
      </fieldset>
    </li>
  );
}
