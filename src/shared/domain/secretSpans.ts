import { escapeDecodedView } from './escapeDecoding';
import { foldLookAlikes } from './lookAlikeLetters';
import { ANY_DIGIT, numbersAsRead } from './numbersAsRead';
import { percentDecodedView, type DecodedView } from './percentDecoding';
import { SECRET_SHAPES, type SecretRule } from './secretShapeTable';
import { ISSUER_KEY_HINT } from './tokenShapes';

export type { SecretRule };

/** Secrets found inside free text by their shape or the key before them, each replaced by a marker. */

/** One secret found in a text: `text.slice(start, end)` is replaced by `marker`. */
export interface SecretSpan {
  readonly start: number;
  readonly end: number;
  readonly rule: SecretRule;
  /** What the operator reads instead, e.g. `[redacted: card •••• 1111]`. */
  readonly marker: string;
}

/** In order of precedence when two find the same span: credentials before payment data. */
const SHAPES: readonly ((text: string) => SecretSpan[])[] = [...SECRET_SHAPES.credentials, ...SECRET_SHAPES.payment];

/** No secret is shorter than `pw=x`; below the shortest card (13 digits) only keyed or scheme ones fit. */
const SHORTEST_SECRET = 4;
const SHORTEST_SHAPED_SECRET = 13;
/**
 * Every shape needs one of these: two digits (cards, IBANs; of any script or form, maybe with an invisible
 * character between them), a key separator, a percent escape, a JWT header, an auth scheme, a PEM line or
 * an issuer's key prefix. Strings with none are skipped without a scan.
 */
const MIGHT_HOLD_SECRET = new RegExp(
  `\\d\\d|${ANY_DIGIT}[\\p{Default_Ignorable_Code_Point}\\p{Mn}\\p{Me}]*${ANY_DIGIT}|[:=%]`,
  'u',
);
const MIGHT_HOLD_WORDS = /eyJ|bearer|basic|PRIVATE KEY|<\/|\s-|->|→|\s(?:is|was)\s/i;
const MIGHT_HOLD_SHORT_SECRET = /[:=%]|bearer|basic|<\/|\s-|->|→/i;
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)$/;
const DASH = 45;
const T = 84;

/** 24 lowercase hexadecimal digits: a MongoDB ObjectId, the id of nearly every record. */
function isObjectId(text: string): boolean {
  if (text.length !== 24) return false;
  for (let at = 0; at < 24; at += 1) {
    const code = text.charCodeAt(at);
    if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102))) return false;
  }
  return true;
}

/**
 * Whole values that are plainly no secret and are most of a page: an ObjectId, an ISO timestamp. Read
 * first, by character, since most of a row's long values are one or the other.
 */
function isPlainValue(text: string): boolean {
  if (isObjectId(text)) return true;
  return text.charCodeAt(10) === T && text.charCodeAt(4) === DASH && ISO_INSTANT.test(text);
}

function mightHoldSecret(text: string): boolean {
  if (text.length < SHORTEST_SHAPED_SECRET) return text.length >= SHORTEST_SECRET && MIGHT_HOLD_SHORT_SECRET.test(text);
  if (isPlainValue(text)) return false;
  return MIGHT_HOLD_SECRET.test(text) || MIGHT_HOLD_WORDS.test(text) || ISSUER_KEY_HINT.test(text);
}

const scan = (text: string, shapes = SHAPES): SecretSpan[] =>
  shapes.flatMap((find) => find(text)).map(({ start, end, rule, marker }) => ({ start, end, rule, marker }));

/** The spans found in a decoded view of a text, given back at their place in the text itself. */
function scanDecoded(text: string, view: DecodedView | undefined): SecretSpan[] {
  if (view === undefined) return [];
  return scan(view.text).map((span) => ({
    ...span,
    start: view.origin[span.start] ?? text.length,
    end: view.origin[span.end] ?? text.length,
  }));
}

/**
 * Credentials in `text` as a reader sees it: a key or scheme split by an invisible character
 * (`pass⟨U+200B⟩word=…`) or typed in full-width letters reads as the plain one. Card numbers and IBANs
 * are read that way already; a text all ASCII reads as it is, and is not scanned twice.
 */
function scanAsRead(text: string): SecretSpan[] {
  const reading = numbersAsRead(text);
  if (reading.text === text) return [];
  return scan(reading.text, SECRET_SHAPES.credentials).map((span) => ({
    ...span,
    ...reading.placeInText(span.start, span.end),
  }));
}

/**
 * Credentials in `text` with Cyrillic or Greek look-alike letters read as the Latin ones they imitate
 * (`раssword=…`); every character keeps its place, and a text with none is not scanned twice.
 */
function scanLookAlikes(text: string): SecretSpan[] {
  const folded = foldLookAlikes(text);
  return folded === text ? [] : scan(folded, SECRET_SHAPES.credentials);
}

/** Overlapping finds become one span, named after the one that starts first (the longest at a tie). */
function mergeSpans(spans: SecretSpan[]): SecretSpan[] {
  const sorted = spans
    .map((span, order) => ({ span, order }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order)
    .map(({ span }) => span);
  const merged: SecretSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) {
      if (span.end > last.end) merged[merged.length - 1] = { ...last, end: span.end };
    } else merged.push(span);
  }
  return merged;
}

/**
 * Every secret in `text` with its place, rule and marker, in order and never overlapping: what redaction
 * replaces, for any other reader (search, in main and at the search box) that must treat exactly these
 * spans as secret. Secrets percent-encoded or spelled with character escapes (`pass\u0077ord`) are found
 * in the decoded text and given back at their encoded place.
 */
export function findSecretSpans(text: string): SecretSpan[] {
  if (!mightHoldSecret(text)) return [];
  const spans = [
    ...scan(text),
    ...scanAsRead(text),
    ...scanLookAlikes(text),
    ...scanDecoded(text, percentDecodedView(text)),
    ...scanDecoded(text, escapeDecodedView(text)),
  ];
  return spans.length === 0 ? spans : mergeSpans(spans);
}

/** `text` with every secret `findSecretSpans` finds replaced by its marker, as redaction writes it. */
export function maskSecretSpans(text: string): string {
  let masked = '';
  let from = 0;
  for (const span of findSecretSpans(text)) {
    masked += text.slice(from, span.start) + span.marker;
    from = span.end;
  }
  return masked + text.slice(from);
}
