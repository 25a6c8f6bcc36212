import { maskSensitiveText } from '../../../shared/domain/maskSensitiveText';
import { clipText } from './clipText';
import { quoteText } from './quoteText';

/** What a field of a whole number takes, and the sentences that say so. */
export interface WholeNumberRule {
  min: number;
  max: number;
  /** What is counted, in the plural, for "“1.5” is not whole hours". */
  unit: string;
  /** What the field takes, as one sentence without its full stop, naming the range and an example. */
  rule: string;
  /** Why a number below `min` is refused, quoting the text as typed ("0 hours finds nothing"). */
  below: (text: string) => string;
  /** Why a number above `max` is refused. */
  above: (text: string) => string;
}

export type WholeNumberRead = { value: number } | { problem: string };

/** A text quoted in a sentence is cut to this many characters, so a pasted page stays one readable line. */
const QUOTED = 40;

/**
 * A field's text read as a whole number in the rule's range, or what is wrong with it and what it takes.
 * Only plain digits count: forms a number parser would also take ("1e2", "+5", "0x10", " 12 ", "1.5") are
 * refused rather than read as some other number than the operator sees. A card number or a secret is
 * never quoted back, only its redaction marker.
 */
export function readWholeNumber(text: string, rule: WholeNumberRule): WholeNumberRead {
  const refuse = (why: string) => ({ problem: `${why ? `${why}. ` : ''}${rule.rule}.` });
  const shown = quoteText(text, QUOTED);
  if (text === '') return refuse('');
  // A card number or a secret pasted by mistake is named by its marker, never repeated, not even as hours.
  if (maskSensitiveText(text) !== text)
    return refuse(`The field holds ${shown}, a card number or a secret, not ${rule.unit}; clear it`);
  // Quoted without them: a page shows a run of spaces as one, so “   12” would read as “ 12”.
  if (/^\s|\s$/.test(text)) {
    const core = text.trim();
    return refuse(core ? `${quoteText(core, QUOTED)} has spaces around it` : 'The field holds only spaces');
  }
  if (/^\d+[.,]\d*$/.test(text)) return refuse(`${shown} is not whole ${rule.unit}`);
  if (!/^\d+$/.test(text)) return refuse(`${shown} is not a plain whole number`);
  const value = Number(text);
  // Plain digits by now: quoted as they are, only cut short.
  if (value < rule.min) return refuse(rule.below(clipText(text, QUOTED)));
  if (value > rule.max) return refuse(rule.above(clipText(text, QUOTED)));
  return { value };
}
