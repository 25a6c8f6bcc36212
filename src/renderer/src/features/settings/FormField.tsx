import { useId, type ReactElement } from 'react';

interface FormFieldProps {
  label: string;
  /** The sentence saying what is wrong with the value, shown beside it and read out as its description. */
  error: string | undefined;
  /** Renders the control with the ids that tie it to its label and its error. */
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactElement;
}

/** A labelled control with its error sentence beside it. */
export function FormField({ label, error, children }: FormFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': error ? errorId : undefined })}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
