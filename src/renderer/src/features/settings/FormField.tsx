import { createContext, useContext, useId, type ReactElement } from 'react';
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

/**
 * Whether the errors the fields get are said at once, each after its field's label: the keyboard was
 * elsewhere when the answer that found them came, so no field at fault takes the focus to be read out.
 */
export const FieldErrorsSaidAtOnce = createContext(false);

/** A labelled control with its error sentence beside it. */
export function FormField({ label, error, hint, quoted = [], children }: FormFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter((part) => part !== null).join(' ');
  const saidAtOnce = useContext(FieldErrorsSaidAtOnce);
  const sentence = <QuotedValues sentence={error ?? ''} values={quoted} marks={CURLY} />;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': describedBy || undefined })}
      {error &&
        (saidAtOnce ? (
          <span role="alert" className="field-error">
            <span className="visually-hidden">{label}: </span>
            <span id={errorId}>{sentence}</span>
          </span>
        ) : (
          <span id={errorId} className="field-error">
            {sentence}
          </span>
        ))}
      {hint && (
        <span id={hintId} className="field-hint muted">
          {hint}
        </span>
      )}
    </div>
  );
}
