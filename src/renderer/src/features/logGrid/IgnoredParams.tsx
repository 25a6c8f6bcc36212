/**
 * `<IgnoredParams ignored onShowWithout />`: a link's parameters the grid cannot use, each with why.
 * The page shows it instead of rows, so a bad link never quietly shows more than it asked for; the
 * operator chooses to see the logs without those parameters (or fixes the filters); a reversed range says
 * to swap its dates or choose a preset, as the filters say of one typed. Another page says what it shows
 * meanwhile (`meanwhile`, after "so") and what its button shows (`showing`); the button names what it
 * drops ("Show the logs without gap"). A card number or other secret a name or value holds is shown as
 * redaction shows it; each name and value is isolated in a `<bdi>`, with its hidden characters named, so
 * right-to-left text in a link cannot carry the `=` or the reason after it out of place.
 */
import { maskSecretSpans } from '../../../../shared/domain/secretSpans';
import { linkTextShown } from '../../format/linkTextShown';
import { START_AFTER_END, type IgnoredParam } from './readRoute';
import { showWithoutLabel } from './showWithoutLabel';

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
        {ignored.map(({ param, value, reason, written }, index) => (
          <li key={`${param}-${index}`}>
            <code>
              {written === undefined ? (
                <>
                  <bdi>{linkTextShown(maskSecretSpans(param))}</bdi>=<bdi>{linkTextShown(maskSecretSpans(value))}</bdi>
                </>
              ) : (
                <bdi>{linkTextShown(maskSecretSpans(written))}</bdi>
              )}
            </code>
            : {reason}
          </li>
        ))}
      </ul>
      {ignored.some(({ reason }) => reason.startsWith(START_AFTER_END)) && (
        <p>Swap the two dates so the start comes first, or show {showing} without them and choose a preset.</p>
      )}
      <button type="button" onClick={onShowWithout}>
        {showWithoutLabel(showing, ignored)}
      </button>
    </section>
  );
}
