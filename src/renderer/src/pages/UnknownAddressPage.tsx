import { useOperator } from '../features/access/OperatorContext';
import { sectionsFor } from '../layout/sections';
import { shortId } from '../format/shortId';
import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';
import { listInSentence } from '../../../shared/domain/listInSentence';
import { maskSensitiveText } from '../../../shared/domain/maskSensitiveText';

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
        “{shown}” names no page of the console; check the link, or open one of its pages:
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
 * it is. `reads` names the parameters the page does read (none for most pages).
 */
export function UnusedParams({ search, reads = [] }: { search: string; reads?: readonly string[] }) {
  const unused = [...new URLSearchParams(search)].filter(([name]) => !reads.includes(name));
  if (unused.length === 0) return null;
  // Masked before it is shortened: a secret cut in half would no longer be recognised.
  const written = maskSensitiveText(unused.map(([name, value]) => `${name}=${value}`).join('&'));
  const shown = showHiddenCharacters(shortId(written));
  const what = reads.length === 0 ? 'nothing' : `only ${listInSentence(reads)}`;
  return (
    <p role="alert" className="query-error wrap-anywhere">
      This page reads {what} from its address, so “{shown}” was ignored.
    </p>
  );
}
