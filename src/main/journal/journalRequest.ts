import { PURPOSE_MAX_LENGTH } from '../../shared/contract/exportChannels';
import { redactSecrets } from '../redaction/redactSecrets';
import { redactText } from '../redaction/sensitiveText';
import { countWholeCharacters, wholeCharacters } from '../../shared/domain/wholeCharacters';

/** Limits that keep one journal line small whatever the request held. */
const MAX_DEPTH = 8;
const MAX_ITEMS = 20;
const MAX_KEYS = 40;
/** Long enough for any secret shape to be recognised before the text is cut. */
const MAX_SCAN = 2_000;
const MAX_TEXT = 300;
/** An export's stated purpose, as long as an export request may give it (`PURPOSE_MAX_LENGTH`). */
const MAX_PURPOSE = PURPOSE_MAX_LENGTH;
const MAX_SUMMARY_KEYS = 20;
const MAX_KEY = 60;
const MAX_NODES = 2_000;

/**
 * The first `limit` characters of `text`, whole (an emoji, a flag, a letter with its accents is never
 * halved), counted as a sentence shows them; a longer text says how many characters `sent` held: the text
 * as the request gave it, before an earlier, longer cut.
 */
function cut(text: string, limit: number, sent: string = text): string {
  // No character is shorter than one unit.
  if (text.length <= limit) return text;
  let kept = 0;
  let taken = 0;
  for (const character of wholeCharacters(text)) {
    if (taken === limit) break;
    kept += character.length;
    taken += 1;
  }
  if (kept === text.length) return text;
  return `${text.slice(0, kept)}… (${countWholeCharacters(sent).toLocaleString('en')} characters)`;
}

/** A key as recorded: a card number used as a key is redacted like one in text. */
function journalKey(key: string): string {
  return cut(redactText(cut(key, MAX_SCAN)), MAX_KEY, key);
}

interface Bounds {
  textLimit: number;
  /** Items kept of an array, keys of an object. */
  items: number;
  keys: number;
  /** Values still allowed in the copy. */
  nodes: number;
}

/**
 * A copy no deeper, wider, larger or longer than the limits; what was left out is said in place. `sent` is
 * the same place in the request as it came, for a text cut before to say how long it was.
 */
function bounded(value: unknown, depth: number, bounds: Bounds, sent: unknown = value): unknown {
  if (--bounds.nodes < 0) return '[… too large to record]';
  if (typeof value === 'string') return cut(value, bounds.textLimit, typeof sent === 'string' ? sent : value);
  if (typeof value !== 'object' || value === null) return typeof value === 'bigint' ? String(value) : value;
  if (depth >= MAX_DEPTH) return '[… nested too deep to record]';
  if (Array.isArray(value)) {
    const sentItems: unknown[] = Array.isArray(sent) ? sent : [];
    const items = value
      .slice(0, bounds.items)
      .map((item: unknown, index) => bounded(item, depth + 1, bounds, sentItems[index]));
    return value.length > bounds.items ? [...items, `[… ${value.length - bounds.items} more]`] : items;
  }
  const entries = Object.entries(value);
  // Keys keep their order through the cut and the redaction: the nth entry is the nth one sent.
  const sentItems = isRecord(sent) ? Object.values(sent) : [];
  const kept = entries
    .slice(0, bounds.keys)
    .map(([key, item], index): [string, unknown] => [
      journalKey(key),
      bounded(item, depth + 1, bounds, sentItems[index]),
    ]);
  if (entries.length > bounds.keys) kept.push(['…', `${entries.length - bounds.keys} more fields`]);
  return Object.fromEntries(kept);
}

/**
 * The validated request as the journal keeps it: secrets redacted (a card number typed into the search
 * box is stored as a marker), arrays, depth and text bounded so one line stays small.
 */
export function journalRequest(request: unknown): unknown {
  // Bounded first, so redaction never walks a huge value; redacted before the final cut, so a secret
  // is recognised whole rather than cut into an unrecognisable piece.
  const shape = { items: MAX_ITEMS, keys: MAX_KEYS, nodes: MAX_NODES };
  const redacted = redactSecrets(bounded(request, 0, { ...shape, textLimit: MAX_SCAN })).value;
  const kept = bounded(redacted, 0, { ...shape, items: Infinity, keys: Infinity, textLimit: MAX_TEXT }, request);
  // An export's purpose is what the journal is asked to keep of it: whole, as the request's schema bounds it.
  if (isRecord(kept) && isRecord(redacted) && typeof redacted.purpose === 'string') {
    return { ...kept, purpose: cut(redacted.purpose, MAX_PURPOSE) };
  }
  return kept;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a value looks, never what it holds: its type, and for an object its first keys (redacted). */
export function summariseInvalidRequest(payload: unknown): unknown {
  if (payload === null || payload === undefined) return { type: String(payload) };
  if (Array.isArray(payload)) return { type: 'array', items: payload.length };
  if (typeof payload === 'string') return { type: 'string', characters: countWholeCharacters(payload) };
  if (typeof payload !== 'object') return { type: typeof payload };
  let keys: string[];
  try {
    keys = Object.keys(payload);
  } catch {
    return { type: 'object' };
  }
  return {
    type: 'object',
    keys: keys.slice(0, MAX_SUMMARY_KEYS).map(journalKey),
    ...(keys.length > MAX_SUMMARY_KEYS ? { moreKeys: keys.length - MAX_SUMMARY_KEYS } : {}),
  };
}

/** A name the caller chose (an unknown channel), fit to be recorded and echoed. */
export function journalName(name: string): string {
  return journalKey(name);
}
