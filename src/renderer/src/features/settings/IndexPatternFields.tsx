import type { FormErrors } from './connectionFormErrors';
import type { ConnectionValues } from './connectionValues';
import { FormField } from './FormField';

interface IndexPatternFieldsProps {
  values: ConnectionValues;
  fields: FormErrors['fields'];
  change: <K extends keyof ConnectionValues>(key: K, value: ConnectionValues[K]) => void;
}

/** The index patterns the connection reads each log family from. */
export function IndexPatternFields({ values, fields, change }: IndexPatternFieldsProps) {
  return (
    <>
      <FormField label="Operational index pattern" error={fields['connection.indexPatterns.operational']}>
        {(control) => (
          <input
            {...control}
            value={values.operational}
            onChange={(event) => change('operational', event.target.value)}
          />
        )}
      </FormField>
      <FormField label="Client activity index pattern" error={fields['connection.indexPatterns.activity']}>
        {(control) => (
          <input {...control} value={values.activity} onChange={(event) => change('activity', event.target.value)} />
        )}
      </FormField>
    </>
  );
}
