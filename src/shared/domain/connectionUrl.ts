import { hiddenCharacterProblem } from './hiddenCharacters';
import { maskSensitiveText } from './maskSensitiveText';

/**
 * What is wrong with a cluster address, as a sentence for the field, or null when it is usable.
 * Credentials never ride in the address: they go in the authentication fields and the secret store.
 * An address the URL parser refuses for a hidden character in it says which.
 */
export function describeConnectionUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return (
      hiddenCharacterProblem('The cluster address', value) ??
      'Enter the cluster’s full address, e.g. https://es.example.com:9200.'
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'The address must start with http:// or https://.';
  }
  if (url.username !== '' || url.password !== '') {
    return 'Remove the user name and password from the URL and enter them in the authentication fields.';
  }
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
