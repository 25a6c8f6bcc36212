import { useId, type ReactElement } from 'react';
import { QuotedValues } from '../../components/QuotedValues';

const CURLY = ['“', '”'] as const;

interface FormFieldProps {
  label: string;
  /** The sentence saying what is wrong with the value, shown beside it and read out as its description. */
  error: string | undefined;
  /** A sentence on how to fill the field, shown under it and read out as part of its description. */
  hint?: string;
  /**
   * The texts the error may quote, as it writes them between “ and ” (hidden characters named): each is
   * isolated in a `<bdi>`, so right-to-left text in a value cannot carry the words around it out of place.
   */
  quoted?: readonly string[];
  /** Renders the control with the ids that tie it to its label and its error. */
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactElement;
}

/** A labelled control with its error sentence beside it. */
export function FormField({ label, error, hint, quoted = [], children }: FormFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter((part) => part !== null).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': describedBy || undefined })}
      {error && (
        <span id={errorId} className="field-error">
          <QuotedValues sentence={error} values={quoted} marks={CURLY} />
        </span>
      )}
      {hint && (
        <span id={hintId} className="field-hint muted">
          {hint}
        </span>
      )}
    </div>
  );
}
