/**
 * `withoutBlankText(search)`: the address's parameters less a search text that is blank (`q=+++`, `q=%E2%80%8B`:
 * spaces or characters that take no room alone, see `queryText`), every other one as written; null when it
 * gives none. The grid searches for nothing for such a text, so the address says no search either. A text
 * given more than once is left for the page to name, as any repeated parameter is.
 */
import { queryText } from '../../../../shared/query/queryText';
import { readSearch } from '../../routing/readSearch';

const TEXT_PARAM = 'q';

function decodedName(pair: string): string | null {
  const at = pair.indexOf('=');
  try {
    return decodeURIComponent((at < 0 ? pair : pair.slice(0, at)).replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

export function withoutBlankText(search: string): string | null {
  const { params, badlyEncoded } = readSearch(search);
  const texts = params.getAll(TEXT_PARAM);
  const [text] = texts;
  if (texts.length !== 1 || text === undefined || queryText(text) !== undefined) return null;
  if (badlyEncoded.some(({ param }) => param === TEXT_PARAM)) return null;
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && decodedName(pair) !== TEXT_PARAM)
    .join('&');
}
