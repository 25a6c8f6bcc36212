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
 * Digits grouped by thousands as a reader writes them: with commas (5,000), or with one kind of space
 * throughout (5 000, or the no-break, figure, thin or narrow no-break space a locale prints: 5\u202F000).
 */
const GROUPED = /^\d{1,3}(?:(?<separator>[, \u00A0\u2007\u2009\u202F])\d{3})(?:\k<separator>\d{3})*$/;
/** Digit runs joined by commas or those spaces, grouped by thousands or not: 5,00, 50,00,0, 1,5. */
const SEPARATED = /^\d+(?:[, \u00A0\u2007\u2009\u202F]\d*)+$/;

/**
 * A field's text read as a whole number in the rule's range, or what is wrong with it and what it takes.
 * Digits count, grouped by thousands if the operator writes them so (5,000 or 5 000); forms a number
 * parser would also take ("1e2", "+5", "0x10", " 12 ", "1.5", "5_000") are refused rather than read as some
 * other number than the operator sees, and so are commas or spaces elsewhere than between groups of three
 * digits ("5,00", "1,5"). A link's number (`link`: the parameter that gives it) is digits only, as the console
 * writes it, and a problem with it names that parameter, not a field. A card number or a secret is never
 * quoted back, only its redaction marker.
 */
export function readWholeNumber(
  text: string,
  rule: WholeNumberRule,
  { link }: { link?: string } = {},
): WholeNumberRead {
  const refuse = (why: string) => ({ problem: `${why ? `${why}. ` : ''}${rule.rule}.` });
  const shown = quoteText(text, QUOTED);
  if (text === '') return refuse('');
  const holder = link === undefined ? 'The field' : `The link’s ${link}`;
  // A card number or a secret pasted by mistake is named by its marker, never repeated, not even as hours.
  const secret = (held: string) =>
    refuse(
      `${holder} holds ${quoteText(held, QUOTED)}, a card number or a secret, not ${rule.unit}${link === undefined ? '; clear it' : ''}`,
    );
  if (maskSensitiveText(text) !== text) return secret(text);
  // Quoted without them: a page shows a run of spaces as one, so “   12” would read as “ 12”.
  if (/^\s|\s$/.test(text)) {
    const core = text.trim();
    return refuse(core ? `${quoteText(core, QUOTED)} has spaces around it` : `${holder} holds only spaces`);
  }
  if (/^\d+\.\d*$/.test(text)) return refuse(`${shown} is not whole ${rule.unit}`);
  const grouped = GROUPED.test(text);
  if (!grouped && SEPARATED.test(text))
    return refuse(
      `${shown} is not a whole number as written: a comma or a space goes only between groups of three digits`,
    );
  if (!grouped && !/^\d+$/.test(text)) return refuse(`${shown} is not a plain whole number`);
  const digits = text.replace(/\D/g, '');
  // Grouped, it may be a card number written in thousands: named by its marker, as above.
  if (maskSensitiveText(digits) !== digits) return secret(digits);
  if (grouped && link !== undefined)
    return refuse(
      `${shown} is written with thousands separators; a link gives digits only, as in ${clipText(digits, QUOTED)}`,
    );
  const value = Number(digits);
  // Digits, grouped or not, by now: quoted as they are, only cut short.
  if (value < rule.min) return refuse(rule.below(clipText(text, QUOTED)));
  if (value > rule.max) return refuse(rule.above(clipText(text, QUOTED)));
  return { value };
}
