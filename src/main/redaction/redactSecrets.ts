import { RedactionTally } from './redactionTally';
import { isCookieKey, isSecretKey, isSecretListKey } from '../../shared/domain/secretKeys';
import { isMarker } from './secretSpan';
import { findSecretSpans, redactText } from './sensitiveText';
import { keyedSecretMarker } from '../../shared/domain/keyedSecrets';
import { memoizeText } from '../../shared/domain/memoizeText';

export interface Redacted<T> {
  /** The input itself when nothing was secret, else a redacted copy. */
  value: T;
  tally: RedactionTally;
}

/** Deeper values are withheld unread: reading them would cost unbounded time and stack. */
export const MAX_DEPTH = 64;
export const TOO_DEEP_MARKER = '[redacted: nested too deep]';

function looksLikeJson(text: string): boolean {
  let first = 0;
  while (first < text.length && text.charCodeAt(first) <= 32) first++;
  let last = text.length - 1;
  while (last > first && text.charCodeAt(last) <= 32) last--;
  const open = text[first];
  return (open === '{' && text[last] === '}') || (open === '[' && text[last] === ']');
}

function redactString(text: string, depth: number, tally: RedactionTally): string {
  // A producer's stringified JSON error is read as JSON, so secrets under a key name are found in it too.
  if (looksLikeJson(text)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      return redactText(text, tally);
    }
    const before = tally.total;
    const inner = redactValue(parsed, depth + 1, tally);
    if (tally.total > before) return JSON.stringify(inner);
  }
  return redactText(text, tally);
}

function hidesSomething(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && typeof value !== 'boolean' && !isMarker(value);
}

interface KeyVerdict {
  /** The key itself holds no secret (a card number used as a key would). */
  holdsNothing: boolean;
  /** The key names a secret (`password`): its value is withheld. */
  namesSecret: boolean;
  /** The key names a list of secrets (`tokens`): each item of a list under it is withheld. */
  namesSecretList: boolean;
}

/** Key names repeat on every row: what a key is, is worked out once. */
const keyVerdict = memoizeText((key): KeyVerdict => ({
  holdsNothing: findSecretSpans(key).length === 0,
  namesSecret: isSecretKey(key),
  namesSecretList: isSecretListKey(key),
}));

/** A key holding a secret, replaced; a redacted key never takes the name of another. */
function redactKey(key: string, taken: Set<string>, tally: RedactionTally): string {
  const redacted = redactText(key, tally);
  let unique = redacted;
  for (let n = 2; taken.has(unique); n++) unique = `${redacted} (${n})`;
  taken.add(unique);
  return unique;
}

/** A list under a plural secret key (`"tokens": ["…", "…"]`), each item replaced by the key's marker. */
function redactSecretList(items: readonly unknown[], shownKey: string, tally: RedactionTally): unknown[] {
  return items.map((item) => {
    if (!hidesSomething(item)) return item;
    tally.add('secret field');
    return keyedSecretMarker({ key: shownKey, cookie: false });
  });
}

function redactEntry(
  key: string,
  secretKey: boolean,
  shownKey: string,
  item: unknown,
  depth: number,
  tally: RedactionTally,
): unknown {
  if (!secretKey || !hidesSomething(item)) return redactValue(item, depth + 1, tally);
  const cookie = isCookieKey(key);
  tally.add(cookie ? 'cookie' : 'secret field');
  return keyedSecretMarker({ key: shownKey, cookie });
}

/** The fields that name the value beside them in a pair (`{ name: 'Authorization', value: '…' }`). */
const PAIR_NAME_FIELDS = ['name', 'key'];

/**
 * The secret key name a `value` field stands under, when the object is a name/value pair as header lists,
 * HAR files and form dumps log one (`{ "name": "Authorization", "value": "Token …" }`); else undefined.
 */
function pairedSecretName(record: Record<string, unknown>): string | undefined {
  if (!('value' in record)) return undefined;
  for (const field of PAIR_NAME_FIELDS) {
    const name = record[field];
    if (typeof name === 'string' && isSecretKey(name)) return name;
  }
  return undefined;
}

/**
 * The object itself when nothing in it changed; a copy is made only from the first change on. Read by
 * index over its keys: an export passes tens of millions of keys through here.
 */
function redactObject(value: object, depth: number, tally: RedactionTally): object {
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const pairedName = pairedSecretName(record);
  let taken: Set<string> | undefined;
  let copy: [string, unknown][] | undefined;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const item = record[key];
    const verdict = keyVerdict(key);
    const shownKey = verdict.holdsNothing ? key : redactKey(key, (taken ??= new Set(keys)), tally);
    const next =
      pairedName !== undefined && key === 'value'
        ? redactEntry(pairedName, true, redactText(pairedName), item, depth, tally)
        : verdict.namesSecretList && Array.isArray(item)
          ? redactSecretList(item, shownKey, tally)
          : redactEntry(key, verdict.namesSecret, shownKey, item, depth, tally);
    if (copy === undefined && (shownKey !== key || next !== item)) {
      copy = keys.slice(0, index).map((kept): [string, unknown] => [kept, record[kept]]);
    }
    copy?.push([shownKey, next]);
  }
  return copy === undefined ? value : Object.fromEntries(copy);
}

function redactArray(value: readonly unknown[], depth: number, tally: RedactionTally): readonly unknown[] {
  let copy: unknown[] | undefined;
  value.forEach((item, index) => {
    const next = redactValue(item, depth + 1, tally);
    if (copy === undefined && next !== item) copy = value.slice(0, index);
    copy?.push(next);
  });
  return copy ?? value;
}

/** Redacts `value` found `depth` levels down, counting into `tally`; may throw on a value it cannot read. */
export function redactValue(value: unknown, depth: number, tally: RedactionTally): unknown {
  if (depth > MAX_DEPTH && hidesSomething(value)) {
    tally.add('too-deep value');
    return TOO_DEEP_MARKER;
  }
  if (typeof value === 'string') return redactString(value, depth, tally);
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1e12) {
    const before = tally.total;
    const text = redactText(String(value), tally);
    return tally.total > before ? text : value;
  }
  if (Array.isArray(value)) return redactArray(value, depth, tally);
  if (typeof value === 'object' && value !== null) return redactObject(value, depth, tally);
  return value;
}

/**
 * Replaces every secret in an answer before it leaves main: values under secret key names at any depth
 * (also inside stringified JSON), secrets found by shape or key in any text and any key (see
 * `findSecretSpans`), and whatever lies deeper than `MAX_DEPTH`. Each replacement is a marker naming
 * what was removed, so the operator sees that the console redacted something and what kind of thing it
 * was. The input is never mutated.
 */
export function redactSecrets<T>(value: T): Redacted<T> {
  const tally = new RedactionTally();
  return { value: redactValue(value, 0, tally) as T, tally };
}
