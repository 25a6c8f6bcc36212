import type { FormErrors } from './connectionFormErrors';
import type { ConnectionValues, TrustKind } from './connectionValues';
import { FormField } from './FormField';

interface TrustFieldsProps {
  values: ConnectionValues;
  fields: FormErrors['fields'];
  change: <K extends keyof ConnectionValues>(key: K, value: ConnectionValues[K]) => void;
}

/** Which certificates the connection trusts for TLS, and the CA file or fingerprint that choice needs. */
export function TrustFields({ values, fields, change }: TrustFieldsProps) {
  return (
    <>
      <FormField label="TLS certificates trusted" error={undefined}>
        {(control) => (
          <select
            {...control}
            value={values.trustKind}
            onChange={(event) => change('trustKind', event.target.value as TrustKind)}
          >
            <option value="system">The system’s</option>
            <option value="caFile">A CA certificate file</option>
            <option value="fingerprint">A CA fingerprint (SHA-256)</option>
          </select>
        )}
      </FormField>
      {values.trustKind === 'caFile' && (
        <FormField label="CA certificate file" error={fields['connection.tls.path']}>
          {(control) => (
            <input
              {...control}
              value={values.caPath}
              placeholder="/etc/ssl/es-ca.pem"
              onChange={(event) => change('caPath', event.target.value)}
            />
          )}
        </FormField>
      )}
      {values.trustKind === 'fingerprint' && (
        <FormField label="CA fingerprint" error={fields['connection.tls.sha256']}>
          {(control) => (
            <input
              {...control}
              value={values.fingerprint}
              onChange={(event) => change('fingerprint', event.target.value)}
            />
          )}
        </FormField>
      )}
    </>
  );
}
