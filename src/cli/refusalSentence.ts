import { refusalSentenceOf, type Failure } from '../shared/contract/errors';

/** Where a field of an export request (or of its query) comes from on the command line. */
const FLAGS: readonly (readonly [RegExp, string])[] = [
  [/^(queries\.\d+\.)?filters\.clientId(\.|$)/, '--client'],
  [/^(queries\.\d+\.)?timeRange\.from$/, '--from'],
  [/^(queries\.\d+\.)?timeRange\.to$/, '--to'],
  [/^(queries\.\d+\.)?timeRange(\.|$)/, '--from and --to'],
  [/^(queries\.\d+\.)?text$/, '--text'],
  [/^(queries\.\d+\.)?family$/, '--family'],
  [/^target(\.|$)/, '--out'],
  [/^purpose$/, '--purpose'],
  [/^timeZone$/, '--time-zone'],
];

/** The flag a request field is given with, or undefined for a field no flag sets. */
export function flagOf(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  return FLAGS.find(([pattern]) => pattern.test(field))?.[1];
}

/**
 * A refusal as the command line says it: the flag at fault first, then the sentence, without the
 * router's "Invalid request — field:" (a field name of the request the user never typed).
 */
export function refusalSentence(failure: Pick<Failure, 'message' | 'field'>): string {
  const sentence = refusalSentenceOf(failure);
  const flag = flagOf(failure.field);
  return flag ? `${flag}: ${sentence}` : sentence;
}
