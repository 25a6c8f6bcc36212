/**
 * `<IgnoredParams ignored onShowWithout />`: a link's parameters the grid cannot use, each with why.
 * The page shows it instead of rows, so a bad link never quietly shows more than it asked for; the
 * operator chooses to see the logs without those parameters (or fixes the filters). Another page says
 * what it shows meanwhile (`meanwhile`, after "so") and what its button shows (`showing`).
 */
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { IgnoredParam } from './readRoute';

const MAX_SHOWN = 80;

/**
 * A parameter's name or value as the notice shows it: cut to a readable length (a link may carry very
 * long text), and with each hidden character named, so a right-to-left override does not turn the line
 * around and a zero-width space does not pass for nothing.
 */
function shown(text: string): string {
  const cut = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text;
  return showHiddenCharacters(cut);
}

export function IgnoredParams({
  ignored,
  onShowWithout,
  meanwhile = 'no logs are shown yet',
  showing = 'the logs',
}: {
  ignored: readonly IgnoredParam[];
  onShowWithout: () => void;
  meanwhile?: string;
  showing?: string;
}) {
  return (
    <section className="route-problems" role="alert" aria-label="Link problems">
      <p>
        This link asks for {ignored.length === 1 ? 'something' : 'things'} the console cannot use, so {meanwhile}.
        Ignored:
      </p>
      <ul>
        {ignored.map(({ param, value, reason }, index) => (
          <li key={`${param}-${index}`}>
            <code>
              {shown(param)}={shown(value)}
            </code>
            : {reason}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onShowWithout}>
        Show {showing} without {ignored.length === 1 ? 'it' : 'them'}
      </button>
    </section>
  );
}
