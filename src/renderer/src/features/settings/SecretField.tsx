import { FormField } from './FormField';
import { SecretInput } from './SecretInput';
import { keepsSavedSecretBinding, type ConnectionValues, type SavedConnection } from './connectionValues';

/** A saved connection as listed: whether main keeps a secret for it, never the secret. */
export type ListedConnection = SavedConnection & { hasSecret: boolean };

interface SecretFieldProps {
  values: ConnectionValues;
  /** The saved connection the form edits; null for a new one. */
  editing: ListedConnection | null;
  error: string | undefined;
  onChange: (typed: string) => void;
}

/**
 * What the secret field says while a saved connection is edited: the field starts empty, as the secret
 * never comes to this window; left empty, main keeps the saved one, but only for the addresses,
 * authentication and user it was saved for.
 */
function secretHint(values: ConnectionValues, editing: ListedConnection | null): string | undefined {
  if (editing === null) return undefined;
  const noun = values.authKind === 'basic' ? 'password' : 'API key';
  if (values.secret !== '') return `What you type replaces the saved ${noun}; empty the field to keep the saved one.`;
  if (values.authKind !== editing.auth.kind) return `Type the ${noun}: the saved secret was for another method.`;
  if (!editing.hasSecret) return `No ${noun} is kept for this connection on this workstation: type it.`;
  if (!keepsSavedSecretBinding(values, editing)) {
    return (
      `The saved ${noun} is only sent to the addresses, certificates and user it was saved for; ` +
      `you changed them, so type it again.`
    );
  }
  return `Leave it empty to keep the saved ${noun}; type one to replace it.`;
}

/** The password or API key field; shown for a connection that authenticates. A refusal stands in for the hint. */
export function SecretField({ values, editing, error, onChange }: SecretFieldProps) {
  return (
    <FormField
      label={values.authKind === 'basic' ? 'Password' : 'API key'}
      error={error}
      hint={error === undefined ? secretHint(values, editing) : undefined}
    >
      {(control) => <SecretInput {...control} value={values.secret} onChange={onChange} />}
    </FormField>
  );
}
