import { RedactionTally } from './redactionTally';
import { isSecretKey } from './sensitiveKeys';
import { redactText } from './sensitiveText';

export interface Redacted<T> {
  /** The input itself when nothing was secret, else a redacted copy. */
  value: T;
  tally: RedactionTally;
}

const MAX_DEPTH = 64;

function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  return (trimmed.startsWith('{') && trimmed.endsWith('}')) || (trimmed.startsWith('[') && trimmed.endsWith(']'));
}

function redactString(text: string, depth: number, tally: RedactionTally): string {
  // A producer's stringified JSON error is read as JSON, so secrets under a key name are found in it too.
  if (looksLikeJson(text)) {
    try {
      const before = tally.total;
      const inner = redactValue(JSON.parse(text) as unknown, depth + 1, tally);
      if (tally.total > before) return JSON.stringify(inner);
    } catch {
      // Not JSON after all: read it as text.
    }
  }
  return redactText(text, tally);
}

function hidesSomething(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && typeof value !== 'boolean';
}

function redactValue(value: unknown, depth: number, tally: RedactionTally): unknown {
  if (depth > MAX_DEPTH) return value;
  if (typeof value === 'string') return redactString(value, depth, tally);
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1e12) {
    const before = tally.total;
    const text = redactText(String(value), tally);
    return tally.total > before ? text : value;
  }
  const before = tally.total;
  if (Array.isArray(value)) {
    const items = value.map((item) => redactValue(item, depth + 1, tally));
    return tally.total > before ? items : value;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]): [string, unknown] => {
      if (isSecretKey(key) && hidesSomething(item)) {
        tally.add('secret field');
        return [key, `[redacted: ${key}]`];
      }
      return [key, redactValue(item, depth + 1, tally)];
    });
    return tally.total > before ? Object.fromEntries(entries) : value;
  }
  return value;
}

/**
 * Replaces every secret in an answer before it leaves main: values under secret key names at any depth
 * (also inside stringified JSON), and by shape anywhere in text: card numbers passing Luhn, valid IBANs,
 * JWTs, bearer tokens. Each replacement is a marker naming what was removed, so the operator sees that
 * the console redacted something and what kind of thing it was. The input is never mutated.
 */
export function redactSecrets<T>(value: T): Redacted<T> {
  const tally = new RedactionTally();
  return { value: redactValue(value, 0, tally) as T, tally };
}
