import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { refusalSentenceOf, type Result } from '../../../../shared/contract/errors';
import type { CaseSummary } from '../../../../shared/domain/investigationCase';
import { CASE_FIELDS, caseFieldProblems, type CaseField, type CaseFieldValues } from './caseFieldProblems';

const LABELS: Record<CaseField, string> = { title: 'Title', purpose: 'Purpose', reference: 'Reference' };

interface CaseFieldsFormProps<Kept> {
  /** The form's name: "New case", "Edit case". */
  name: string;
  initial: CaseFieldValues;
  submit: string;
  /** The cases a title may not repeat. */
  cases: readonly Pick<CaseSummary, 'id' | 'title' | 'reference'>[];
  /** The case being edited, whose own title is its to keep. */
  ownId?: string;
  send: (values: CaseFieldValues) => Promise<Result<Kept>>;
  /** Main took the fields and kept this: `reset` says whether the form starts empty again. */
  onSent: (kept: Kept) => void;
  reset?: boolean;
  /** The title takes the focus once the form shows (a form opened by a button). */
  focusTitle?: boolean;
  /** Shown as a Cancel button beside the submit; Escape in the form calls `onKeyDown` (`useOpenedBy`'s). */
  onCancel?: () => void;
  onKeyDown?: (event: KeyboardEvent) => void;
}

/**
 * A case's title, purpose and optional reference, each problem said at its field before anything is sent,
 * in the words main refuses it with; a refusal main gives for one field (a title another case took
 * meanwhile) is said at that field too, and the first field at fault takes the focus.
 */
export function CaseFieldsForm<Kept>(props: CaseFieldsFormProps<Kept>) {
  const { name, initial, submit, cases, ownId, send, onSent, reset, focusTitle, onCancel, onKeyDown } = props;
  const [values, setValues] = useState<CaseFieldValues>(initial);
  const [problems, setProblems] = useState<Partial<Record<CaseField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const inputs = useRef<Partial<Record<CaseField, HTMLInputElement | null>>>({});
  const problemId = useId();
  const say = (found: Partial<Record<CaseField, string>>) => {
    setProblems(found);
    const first = CASE_FIELDS.find((field) => found[field]);
    if (first) inputs.current[first]?.focus();
    return first !== undefined;
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (say(caseFieldProblems(values, cases, ownId))) return;
    const result = await send(values);
    if (!result.ok) {
      const field = CASE_FIELDS.find((each) => each === result.field);
      if (field) say({ [field]: refusalSentenceOf(result) });
      setFailure(field ? null : result.message);
      return;
    }
    setFailure(null);
    if (reset) setValues(initial);
    onSent(result.data);
  };
  return (
    <form
      aria-label={name}
      className="new-case"
      noValidate
      onSubmit={(event) => void save(event)}
      onKeyDown={onKeyDown}
    >
      {CASE_FIELDS.map((field) => (
        <div key={field} className="new-case-field">
          <label>
            {LABELS[field]}{' '}
            <input
              ref={(element) => {
                inputs.current[field] = element;
              }}
              value={values[field]}
              autoFocus={focusTitle === true && field === 'title'}
              required={field !== 'reference'}
              placeholder={field === 'reference' ? 'e.g. INC-1234' : undefined}
              aria-invalid={problems[field] ? true : undefined}
              aria-describedby={problems[field] ? `${problemId}-${field}` : undefined}
              onChange={(event) => {
                const next = { ...values, [field]: event.target.value };
                setValues(next);
                // A problem said goes away as soon as the text is fixed, not only on the next try.
                if (problems[field])
                  setProblems({ ...problems, [field]: caseFieldProblems(next, cases, ownId)[field] });
              }}
            />
          </label>
          {problems[field] && (
            <p id={`${problemId}-${field}`} role="alert" className="error">
              {problems[field]}
            </p>
          )}
        </div>
      ))}
      <button type="submit">{submit}</button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
    </form>
  );
}
