import type { RedactionRule } from './redactionTally';

/** One secret found in a text: `text.slice(start, end)` is replaced by `marker`. */
export interface SecretSpan {
  readonly start: number;
  readonly end: number;
  readonly rule: RedactionRule;
  /** What the operator reads instead, e.g. `[redacted: card •••• 1111]`. */
  readonly marker: string;
}

/** Whether a value is a whole marker this redaction wrote: it hides nothing and is left as it is. */
export function isMarker(value: unknown): boolean {
  return typeof value === 'string' && /^\[redacted: [^\]\n]{1,100}\]$/.test(value);
}
