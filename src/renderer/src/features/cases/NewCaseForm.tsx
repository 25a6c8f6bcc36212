import { useRef, useState, type FormEvent } from 'react';
import { CaseFields } from '../../../../shared/domain/investigationCase';
import { useApi } from '../../api/ApiContext';
import { readOnlyReason } from '../access/operator';
import { useOperator } from '../access/OperatorContext';
import { RefusedAction } from '../../components/RefusedAction';

type Field = 'title' | 'purpose' | 'reference';
const FIELDS: readonly Field[] = ['title', 'purpose', 'reference'];
const LABELS: Record<Field, string> = { title: 'Title', purpose: 'Purpose', reference: 'Reference' };

/**
 * What is wrong with each field, as a sentence, checked against the very schema main applies; a text
 * over its limit is kept as typed, never cut, and the schema's sentence says how long it is.
 */
function problemsOf(values: Record<Field, string>): Partial<Record<Field, string>> {
  const parsed = CaseFields.safeParse(values);
  if (parsed.success) return {};
  const problems: Partial<Record<Field, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as Field;
    if (!FIELDS.includes(field) || problems[field]) continue;
    // Some messages are whole sentences already (a length's, a hidden character's); the rest are made one.
    problems[field] = issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
  }
  return problems;
}

/**
 * Creates a case from a title, a purpose and an optional reference; each problem is said at its field.
 * While a reopened bundle is the source, main refuses new cases: only the disabled button shows, saying why.
 */
export function NewCaseForm({ onCreated }: { onCreated: () => void }) {
  const refused = readOnlyReason(useOperator(), 'create a case');
  if (refused) {
    return (
      <div className="new-case">
        <RefusedAction label="Create case" reason={refused} />
      </div>
    );
  }
  return <NewCaseFields onCreated={onCreated} />;
}

function NewCaseFields({ onCreated }: { onCreated: () => void }) {
  const api = useApi();
  const [values, setValues] = useState<Record<Field, string>>({ title: '', purpose: '', reference: '' });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const create = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsOf(values);
    setProblems(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      inputs.current[first]?.focus();
      return;
    }
    const result = await api.createCase(values);
    setFailure(result.ok ? null : result.message);
    if (!result.ok) return;
    setValues({ title: '', purpose: '', reference: '' });
    onCreated();
  };
  return (
    <form aria-label="New case" className="new-case" noValidate onSubmit={(event) => void create(event)}>
      {FIELDS.map((field) => (
        <div key={field} className="new-case-field">
          <label>
            {LABELS[field]}{' '}
            <input
              ref={(element) => {
                inputs.current[field] = element;
              }}
              value={values[field]}
              required={field !== 'reference'}
              placeholder={field === 'reference' ? 'e.g. INC-1234' : undefined}
              aria-invalid={problems[field] ? true : undefined}
              aria-describedby={problems[field] ? `new-case-${field}-problem` : undefined}
              onChange={(event) => {
                const next = { ...values, [field]: event.target.value };
                setValues(next);
                // A problem said goes away as soon as the text is fixed, not only on the next try.
                if (problems[field]) setProblems({ ...problems, [field]: problemsOf(next)[field] });
              }}
            />
          </label>
          {problems[field] && (
            <p id={`new-case-${field}-problem`} role="alert" className="error">
              {problems[field]}
            </p>
          )}
        </div>
      ))}
      <button type="submit">Create case</button>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
    </form>
  );
}
