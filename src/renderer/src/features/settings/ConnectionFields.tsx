import type { FormErrors } from './connectionFormErrors';
import type { AuthKind, ConnectionValues } from './connectionValues';
import { FormField } from './FormField';
import { IndexPatternFields } from './IndexPatternFields';
import { SecretField, type ListedConnection } from './SecretField';
import { TrustFields } from './TrustFields';

interface ConnectionFieldsProps {
  values: ConnectionValues;
  fields: FormErrors['fields'];
  change: <K extends keyof ConnectionValues>(key: K, value: ConnectionValues[K]) => void;
  /** The saved connection the form edits, as listed; null for a new one. */
  editing: ListedConnection | null;
}

/** What a connection is made of: where the cluster is, how it is trusted and signed in to, what it reads. */
export function ConnectionFields({ values, fields, change, editing }: ConnectionFieldsProps) {
  return (
    <>
      <FormField label="Name" error={fields['connection.name']}>
        {(control) => (
          <input {...control} value={values.name} onChange={(event) => change('name', event.target.value)} />
        )}
      </FormField>
      <FormField label="URL" error={fields['connection.url']}>
        {(control) => <input {...control} value={values.url} onChange={(event) => change('url', event.target.value)} />}
      </FormField>
      <FormField label="Other nodes, one address a line, tried in order" error={fields['connection.failoverUrls']}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={values.failoverUrls}
            onChange={(event) => change('failoverUrls', event.target.value)}
          />
        )}
      </FormField>
      <TrustFields values={values} fields={fields} change={change} />
      <FormField label="Authentication" error={undefined}>
        {(control) => (
          <select
            {...control}
            value={values.authKind}
            onChange={(event) => change('authKind', event.target.value as AuthKind)}
          >
            <option value="basic">User and password</option>
            <option value="apiKey">API key</option>
            <option value="none">None</option>
          </select>
        )}
      </FormField>
      {values.authKind === 'basic' && (
        <FormField label="User" error={fields['connection.auth.username']}>
          {(control) => (
            <input
              {...control}
              value={values.username}
              onChange={(event) => change('username', event.target.value)}
              autoComplete="off"
            />
          )}
        </FormField>
      )}
      {values.authKind !== 'none' && (
        <SecretField
          values={values}
          editing={editing}
          error={fields.secret}
          onChange={(typed) => change('secret', typed)}
        />
      )}
      <IndexPatternFields values={values} fields={fields} change={change} />
    </>
  );
}
