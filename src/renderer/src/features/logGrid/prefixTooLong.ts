import { MAX_SUGGEST_PREFIX } from '../../../../shared/contract/logChannels';
import { tooLongSentence } from '../../../../shared/domain/tooLong';

/**
 * What a party field (`label`: "Client", "Employee") says of text too long to suggest names for, counted
 * as the limit is, in the words every other field says a text is too long with (counts with a thousands
 * separator), naming the field, since the sentence is also read as the field's description; null when it fits.
 */
export function prefixTooLongProblem(prefix: string, label: string): string | null {
  const length = prefix.trim().length;
  if (length <= MAX_SUGGEST_PREFIX) return null;
  const party = label.toLowerCase();
  // "an employee’s", "a client’s": the parties' labels start with a vowel sound exactly when with a vowel.
  const article = /^[aeiou]/.test(party) ? 'an' : 'a';
  return `${tooLongSentence(`Text in the ${party} field`, MAX_SUGGEST_PREFIX, length)} Type only the start of ${article} ${party}’s name or id.`;
}
