import { hiddenCharacterProblem } from './hiddenCharacters';
import { maskSensitiveText } from './maskSensitiveText';
import { paymentNumberProblem } from './paymentNumberProblem';
import { secretShapeProblem } from './secretShapeProblem';

const WHAT = 'The cluster address';

/** Said of an address holding a user name or password; never repeats either. */
const CREDENTIALS =
  'A user name or password is not kept in the address: remove it, and enter the credentials in the authentication fields.';

const PORT = 'The port must be a whole number from 1 to 65535 (Elasticsearch listens on 9200 unless set otherwise).';

const IPV6 = 'An IPv6 address goes between square brackets, with the port after them, e.g. https://[::1]:9200.';

/**
 * Whether a host and port read as an IPv6 address without its brackets, or with one missing: its colons
 * would otherwise be read as a port's. Hexadecimal groups with `::` or three colons or more are one;
 * `es:9200:9300` is a port typed wrong.
 */
function unbracketedIpv6(hostAndPort: string): boolean {
  if (hostAndPort.startsWith('[')) return !hostAndPort.includes(']');
  if (hostAndPort.includes(']')) return true;
  const colons = hostAndPort.split(':').length - 1;
  return /^[\da-f:.]+$/iu.test(hostAndPort) && (hostAndPort.includes('::') || colons >= 3);
}

/**
 * What the URL parser refused in an address that starts like one (`https://…`): credentials before the
 * host, an IPv6 address not between brackets, or a port that is no number from 1 to 65535. Null when
 * none, or when it does not start so.
 */
function authorityProblem(value: string): string | null {
  const authority = /^[a-z][a-z\d+.-]*:\/\/([^/?#\\]*)/iu.exec(value.trim())?.[1];
  if (authority === undefined) return null;
  const at = authority.lastIndexOf('@');
  const hostAndPort = authority.slice(at + 1);
  const ipv6 = unbracketedIpv6(hostAndPort);
  const port = ipv6 ? undefined : /^(?:\[[^\]]*\]|[^:]*):(.*)$/u.exec(hostAndPort)?.[1];
  const badPort = port !== undefined && port !== '' && !(/^\d{1,5}$/u.test(port) && +port >= 1 && +port <= 65535);
  const sentences = [...(at >= 0 ? [CREDENTIALS] : []), ...(ipv6 ? [IPV6] : []), ...(badPort ? [PORT] : [])];
  return sentences.length === 0 ? null : sentences.join(' ');
}

/**
 * Port 0, which the URL parser takes (`http://es:0`) but no cluster listens on: the sentence other ports
 * out of range get, or null. Checked when a connection is saved or tested, not when stored settings are
 * read, so a connection saved with it still opens and can be fixed.
 */
export function unusablePortProblem(value: string): string | null {
  try {
    return new URL(value).port === '0' ? PORT : null;
  } catch {
    return null;
  }
}

/**
 * What is wrong with a cluster address, as a sentence for the field, or null when it is usable.
 * Credentials never ride in the address: they go in the authentication fields and the secret store.
 * An address the URL parser refuses says why where it can: a hidden character, a card number or other
 * secret (named, never repeated), credentials or a port out of range; else what a full address is.
 */
export function describeConnectionUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return (
      hiddenCharacterProblem(WHAT, value) ??
      paymentNumberProblem(WHAT, value) ??
      authorityProblem(value) ??
      secretShapeProblem(WHAT, value) ??
      'Enter the cluster’s full address, e.g. https://es.example.com:9200.'
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'The address must start with http:// or https://.';
  }
  if (url.username !== '' || url.password !== '') return CREDENTIALS;
  if (url.search !== '' || url.hash !== '') {
    return 'The address takes no query (?…) or fragment (#…); enter credentials in the authentication fields.';
  }
  return null;
}

/**
 * The address as it may be shown or repeated in a message: never with a user name or password in it, nor
 * a card number, IBAN or other secret (shown as redaction shows them).
 */
export function displayUrl(value: string): string {
  try {
    const url = new URL(value);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return maskSensitiveText(url.href.replace(/\/$/, ''));
  } catch {
    return '(an address that is not a valid URL)';
  }
}
