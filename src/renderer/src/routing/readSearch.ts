/**
 * `readSearch(search)`: a route's parameters as `URLSearchParams` reads them, less each one whose name or
 * value is not validly percent-encoded (`%E0%A4%A`: a cut escape, bytes that make no character). A
 * decoder reads such text as U+FFFD and the rest as written, a text the link never held; the page names
 * each of them instead (`badlyEncoded`, name and value as the address writes them) and reads nothing for it.
 */
export interface BadlyEncodedParam {
  param: string;
  value: string;
  /** The parameter as the address writes it (`q=%E0%A4%A`), to keep it so. */
  written: string;
}

export interface SearchRead {
  params: URLSearchParams;
  badlyEncoded: BadlyEncodedParam[];
  /** The names `params` holds only as written without `=` (`#/logs?foo`), to be named so rather than as `foo=`. */
  bare: Set<string>;
}

/** Why a page uses nothing of a parameter the address does not validly percent-encode. */
export const BADLY_ENCODED =
  'the link does not validly percent-encode it (a % not followed by two hex digits, or bytes that make no character), so nothing is read from it. Copy the link again from where it came from';

const decodes = (text: string): boolean => {
  try {
    decodeURIComponent(text.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
};

export function readSearch(search: string): SearchRead {
  const params = new URLSearchParams();
  const badlyEncoded: BadlyEncodedParam[] = [];
  const [bare, withValue] = [new Set<string>(), new Set<string>()];
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const [name, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    if (decodes(name) && decodes(value)) {
      for (const [each, text] of new URLSearchParams(pair)) params.append(each, text);
      (at < 0 ? bare : withValue).add(decodeURIComponent(name.replace(/\+/g, ' ')));
    } else {
      const param = decodes(name) ? decodeURIComponent(name.replace(/\+/g, ' ')) : name;
      badlyEncoded.push({ param, value, written: pair });
    }
  }
  for (const name of withValue) bare.delete(name);
  return { params, badlyEncoded, bare };
}
