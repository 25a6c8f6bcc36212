import { findSecretSpans, type SecretRule } from '../domain/secretSpans';

/**
 * Text that holds a secret by redaction's rules (`findSecretSpans`) is never searched, nor used as the
 * start of a name to suggest: main refuses it with these sentences, and the search box says them before
 * sending, so both sides keep one rule. No sentence repeats the secret.
 */

const LOOKS_LIKE: Readonly<Record<SecretRule, string>> = {
  'card number': 'a card number',
  IBAN: 'an IBAN',
  JWT: 'a JWT',
  'bearer token': 'a bearer or basic credential',
  'private key': 'a private key',
  'secret field': 'a password or other secret after its key name',
  cookie: 'a cookie',
};

const firstSecret = (text: string): SecretRule | undefined => findSecretSpans(text)[0]?.rule;

/** Why search text cannot be searched because it holds a secret, and how to search instead; null when it holds none. */
export function searchTextSecretProblem(text: string | null | undefined): string | null {
  const rule = text ? firstSecret(text) : undefined;
  if (rule === undefined) return null;
  const advice =
    rule === 'card number' || rule === 'IBAN'
      ? ' Search by other words of the entry (a client, an action, an error), or by the last four digits the row shows, in quotes with the word next to them.'
      : ' Search by other words of the entry instead (a client, an action, an error).';
  return `The search text looks like ${LOOKS_LIKE[rule]}; secrets are never searched, so it was not run.${advice}`;
}

/**
 * The one sentence a filter value holding a secret is refused with, by a link's reader and by main alike;
 * `looksLike` names the kind of secret ("a card number"), never the value.
 */
export function secretFilterValueSentence(looksLike: string): string {
  return `The value looks like ${looksLike}; secrets are never searched, so it was not used. Choose the value in the filter panel instead.`;
}

/**
 * Why a filter's value (a client or manager id a link gives) is not used because it holds a secret; null
 * when it holds none. Such an id is no party's: redaction withholds it wherever the logs hold it.
 */
export function filterValueSecretProblem(value: string): string | null {
  const rule = firstSecret(value);
  return rule === undefined ? null : secretFilterValueSentence(LOOKS_LIKE[rule]);
}

/** Why the start of a name typed for suggestions is not looked up because it holds a secret; null when it holds none. */
export function suggestPrefixSecretProblem(prefix: string): string | null {
  const rule = firstSecret(prefix.trim());
  if (rule === undefined) return null;
  return `The text looks like ${LOOKS_LIKE[rule]}; secrets are never searched. Type the start of a name or id instead.`;
}

/**
 * Why an id (a client's, an event's, an entity's) is not looked up because it holds a secret; null when
 * it holds none. Such an id is no party's or event's (redaction withholds it wherever the logs hold it),
 * and a look-up of it would only tell whether it is there, so nothing is searched. `name` says which id,
 * and where it came from ("client id in the link"); `advice` what to do instead. No sentence repeats the id.
 */
export function idSecretProblem(id: string, name: string, advice: string): string | null {
  const rule = firstSecret(id);
  if (rule === undefined) return null;
  return `The ${name} looks like ${LOOKS_LIKE[rule]}; secrets are never searched, so nothing was searched. ${advice}`;
}

/**
 * Why a text given to be kept (a starred event's id, a client id in an operator's scope) is refused
 * because it holds a secret; null when it holds none. Such a value is no event's or client's (redaction
 * withholds it wherever the logs hold it), so only a request made outside the console's own screens holds
 * one. `name` says which value ("event’s id"), `notDone` what was not done, `advice` what to do instead. No
 * sentence repeats the value.
 */
export function keptSecretProblem(text: string, name: string, notDone: string, advice: string): string | null {
  const rule = firstSecret(text);
  if (rule === undefined) return null;
  return `The ${name} looks like ${LOOKS_LIKE[rule]}; secrets are never kept, so ${notDone}. ${advice}`;
}
