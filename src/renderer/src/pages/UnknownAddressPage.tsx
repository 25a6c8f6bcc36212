import { useOperator } from '../features/access/OperatorContext';
import { sectionsFor } from '../layout/sections';
import { shortId } from '../format/shortId';
import { listInSentence } from '../../../shared/domain/listInSentence';
import { maskSensitiveText } from '../../../shared/domain/maskSensitiveText';
import { maskSecretSpans } from '../../../shared/domain/secretSpans';
import { linkTextShown } from '../format/linkTextShown';
import { paramsDropped } from '../format/paramsDropped';
import { BADLY_ENCODED, readSearch } from '../routing/readSearch';
import { navigate } from '../routing/useHashRoute';
import { withSearch } from '../routing/withSearch';

/**
 * What an address that names no page shows (a typo, a link from a newer console, junk pasted into the
 * URL): said plainly, with the pages there are, instead of quietly showing another page in its place.
 * A secret or card number the address carried is shown as redaction shows it.
 */
export function UnknownAddressPage({ route }: { route: string }) {
  const shown = shortId(maskSensitiveText(`#${route}`));
  const sections = sectionsFor(useOperator());
  return (
    <section aria-labelledby="unknown-address-title" className="page">
      <h1 id="unknown-address-title">No page at this address</h1>
      <p role="alert" className="wrap-anywhere">
        “<bdi>{shown}</bdi>” names no page of the console; check the link, or open one of its pages:
      </p>
      <ul aria-label="Pages">
        {sections.map((section) => (
          <li key={section.path}>
            <a href={`#${section.path}`}>{section.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What a page says of the parameters a link gave it that it does not read (`#/settings?tab=keys`,
 * `#/journal?zzz=1`): the page shows as it would without them, and the link is not taken for more than
 * it is. `reads` names the parameters the page does read (none for most pages). A parameter the address
 * does not validly percent-encode is named as written, in the words the logs page names it with, rather
 * than as a decoder garbles it, and one without `=` as written (`%`, not `%=`). The button opens the
 * page's address without them, naming what it drops ("Show the page without tab").
 */
export function UnusedParams({
  path,
  search,
  reads = [],
}: {
  path: string;
  search: string;
  reads?: readonly string[];
}) {
  const { params, badlyEncoded: anyBadlyEncoded, bare } = readSearch(search);
  // A parameter the page reads is said where the page uses it (at its field), not here a second time.
  const badlyEncoded = anyBadlyEncoded.filter(({ param }) => !reads.includes(param));
  const unused = [...params].filter(([name]) => !reads.includes(name));
  if (unused.length === 0 && badlyEncoded.length === 0) return null;
  const kept = new URLSearchParams([...params].filter(([name]) => reads.includes(name))).toString();
  const showWithout = () => {
    navigate(withSearch(path, kept));
    focusTitle();
  };
  return (
    <>
      <div role="alert" className="query-error wrap-anywhere">
        {unused.length > 0 && <UnusedSentence unused={unused} reads={reads} bare={bare} />}
        {badlyEncoded.map(({ written }, index) => (
          <p key={`${written}-${index}`}>
            <code>
              <bdi>{linkTextShown(maskSecretSpans(written))}</bdi>
            </code>
            : {BADLY_ENCODED}.
          </p>
        ))}
      </div>
      <button type="button" onClick={showWithout}>
        Show the page without{' '}
        {paramsDropped([
          ...unused.map(([name]) => name),
          ...badlyEncoded.map(({ written }) => written.split('=', 1)[0] ?? ''),
        ])}
      </button>
    </>
  );
}

function UnusedSentence({
  unused,
  reads,
  bare,
}: {
  unused: readonly [string, string][];
  reads: readonly string[];
  bare: ReadonlySet<string>;
}) {
  // Masked before it is shortened: a secret cut in half would no longer be recognised.
  const written = maskSensitiveText(
    unused.map(([name, value]) => (bare.has(name) ? name : `${name}=${value}`)).join('&'),
  );
  const shown = shortId(written);
  const what = reads.length === 0 ? 'nothing' : `only ${listInSentence(reads)}`;
  return (
    <p>
      This page reads {what} from its address, so “<bdi>{shown}</bdi>” was ignored.
    </p>
  );
}

/** The notice and its button are gone: the page's title takes the focus, so the keyboard stays on the page. */
function focusTitle(): void {
  const title = document.querySelector<HTMLElement>('main h1');
  if (!title) return;
  if (!title.hasAttribute('tabindex')) title.tabIndex = -1;
  title.focus();
}
