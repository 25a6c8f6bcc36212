import { MAX_SUGGEST_PREFIX } from '../../../../shared/contract/logChannels';
import { tooLongSentence } from '../../../../shared/domain/tooLong';

/**
 * What a party field says of text too long to suggest names for, counted as the limit is, in the words
 * every other field says a text is too long with (counts with a thousands separator); null when it fits.
 */
export function prefixTooLongProblem(prefix: string): string | null {
  const length = prefix.trim().length;
  if (length <= MAX_SUGGEST_PREFIX) return null;
  return `${tooLongSentence('A name or id', MAX_SUGGEST_PREFIX, length)} Shorten it to the start of a name or id.`;
}
