import { isValidIban } from './checksums';
import { numbersAsRead, type NumbersAsRead } from './numbersAsRead';
import { startsWord } from './startsWord';

/** One IBAN found in a text: `text.slice(start, end)`. */
export interface IbanPlace {
  readonly start: number;
  readonly end: number;
}

/** What the operator reads in place of an IBAN, everywhere the console shows text. */
export const IBAN_MARKER = '[redacted: IBAN]';

/** IBAN length by country (ISO 13616 registry, with the French overseas codes and others in use). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    'AD24 AE23 AL28 AO25 AT20 AZ28 BA20 BE16 BF28 BG22 BH22 BI27 BJ28 BR29 BY28 CF27 CG27 CH21 CI28 CM27 CR22 CV25 CY28 CZ24 DE22 DJ27 DK18 DO28 DZ26 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GA27 GB22 GE22 GI23 GL18 GQ27 GR27 GT28 GW25 HN28 HR21 HU28 IE22 IL23 IQ23 IR26 IS26 IT27 JO30 KM27 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MA28 MC27 MD24 ME22 MG27 MK19 ML28 MN20 MR27 MT31 MU30 MZ25 NE28 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SN28 SO23 ST25 SV28 TD27 TG28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30'
      .split(' ')
      .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
  ),
  // French overseas territories use the French format under their own codes.
  ...Object.fromEntries(
    ['BL', 'GF', 'GP', 'MF', 'MQ', 'NC', 'PF', 'PM', 'RE', 'TF', 'WF', 'YT'].map((code) => [code, 27]),
  ),
};

/** A country code, its letters in any case (`DE`, `de`, `De`, `dE`), and two check digits. */
const IBAN_START = /[A-Za-z]{2}\d{2}/g;
const HAS_IBAN_START = /[A-Za-z]{2}\d{2}/;

/** What may stand between an IBAN's groups of four, one kind throughout: `DE89 3704 …`, `DE89-3704-…`. */
const GROUP_SEPARATOR = /[ ./_-]/;
const GROUP_SEPARATORS = new RegExp(GROUP_SEPARATOR.source, 'g');

/**
 * The end of an IBAN starting at `start`, printed compact or in groups of four (`DE89 3704 0044 …`),
 * also grouped only in part as people type it (`DE89 370400440532013000`: a separator after the first
 * group sets the kind, and each later group may stand apart or not), or -1 when the characters there
 * cannot form one of `length` characters.
 */
function ibanEnd(text: string, start: number, length: number): number {
  let index = start;
  let count = 0;
  const separator = text[start + 4] ?? '';
  const grouped = GROUP_SEPARATOR.test(separator);
  while (count < length) {
    if (grouped && count > 0 && count % 4 === 0 && text[index] === separator) index++;
    if (!/[A-Za-z0-9]/.test(text[index] ?? '')) return -1;
    index++;
    count++;
  }
  return index;
}

/**
 * Whether the IBAN ends where a word could: before punctuation, a space, or letters that are plainly
 * more text (`…3000EUR`), never inside a longer number or a hex id.
 */
function endsCleanly(text: string, end: number): boolean {
  const next = text[end] ?? '';
  if (!/[A-Za-z0-9]/.test(next)) return true;
  if (/\d/.test(next)) return false;
  const letters = /^[A-Za-z]+/.exec(text.slice(end, end + 64))?.[0] ?? '';
  return /[g-z]/i.test(letters);
}

/** Whether a word starts at `index` of the reading, also after an underscore or an invisible character. */
function startsWordAsRead(reading: NumbersAsRead, index: number): boolean {
  return startsWord(reading.text, index) || reading.text[index - 1] === '_' || reading.hiddenBefore(index);
}

/**
 * Whether an IBAN may start at `index` of the reading: where a word starts (`iban_DE89…`, and after an
 * invisible character, which no id holds), or glued to a label as a reader takes it apart: letters only
 * from a word's start, the last in lower case, then the country code in upper case (`ibanDE89…`,
 * `accountDE89…`, `iban⟨U+200B⟩DE89…`), or the word IBAN itself in any case (`IBANDE89…`). The change
 * of case marks where another label ends. A word with a
 * digit before the code (an id, a hash, base64) or in one case throughout (`GBRDEBITS12`, `ABCDE12…`)
 * holds no label, and the country's length and the mod-97 check still decide what is an IBAN.
 */
function startsIban(reading: NumbersAsRead, index: number): boolean {
  if (startsWordAsRead(reading, index)) return true;
  const read = reading.text;
  // The label that names it, in one case with it (`IBANDE89…`, `ibande89…`): no case change marks its end.
  if (/iban$/i.test(read.slice(Math.max(0, index - 4), index)) && startsWordAsRead(reading, index - 4)) return true;
  if (!/[a-z]/.test(read[index - 1] ?? '') || !/[A-Z]/.test(read[index] ?? '')) return false;
  let labelStart = index - 1;
  while (labelStart > 0 && /[A-Za-z]/.test(read[labelStart - 1] ?? '')) labelStart--;
  return startsWordAsRead(reading, labelStart);
}

/** After a mixed-case country code: capitals, or a bank code in lower case before the digits (`gB29nwbk6016…`). */
const MIXED_CASE_CODE_BBAN = /^(?:[^a-z]*|[a-z]+[^A-Za-z]*)$/;

/**
 * Whether the characters from `start` to `end` may be an IBAN by their case: a country code in one case
 * (`DE89…`, `de89…`) takes letters in any case after it; a code in mixed case (`De89…`, `dE89…`, a slip of
 * the shift key) takes capitals after it, as IBANs are printed (`Gb29NWBK…`), or a lower-case bank code
 * leading digits only (`gB29nwbk6016…`): a hex id capitalised (`De12ab34…`) or base64 mixing cases
 * throughout stays readable.
 */
function caseFitsIban(read: string, start: number, end: number): boolean {
  const code = read.slice(start, start + 2);
  if (code === code.toUpperCase() || code === code.toLowerCase()) return true;
  return MIXED_CASE_CODE_BBAN.test(read.slice(start + 4, end).replace(GROUP_SEPARATORS, ''));
}

/**
 * Valid IBANs anywhere in `text`: in any case (`caseFitsIban`), compact or grouped, also followed by more text
 * (`DE89… EUR`, `DE89…EUR`) or after a label (`ibanDE89…`, `startsIban`). The country's length says where
 * the IBAN ends, so a longer run is not read whole. The text is read as a reader sees it (`numbersAsRead`):
 * an IBAN typed in full-width or Arabic-Indic digits, or split by an invisible character, is found with
 * every character it holds.
 */
export function findIbans(text: string): IbanPlace[] {
  const places: IbanPlace[] = [];
  const reading = numbersAsRead(text);
  const read = reading.text;
  if (!HAS_IBAN_START.test(read)) return places;
  for (const match of read.matchAll(IBAN_START)) {
    if (!startsIban(reading, match.index)) continue;
    const length = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    const end = ibanEnd(read, match.index, length);
    if (end < 0 || !endsCleanly(read, end) || !caseFitsIban(read, match.index, end)) continue;
    const candidate = read.slice(match.index, end).replace(GROUP_SEPARATORS, '').toUpperCase();
    if (isValidIban(candidate)) places.push(reading.placeInText(match.index, end));
  }
  return places;
}
