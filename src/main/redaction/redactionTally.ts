/** Rules a redaction can come from; their names are what the operator reads. */
export type RedactionRule = 'secret field' | 'card number' | 'IBAN' | 'JWT' | 'bearer token';

/** How many values each rule replaced. */
export class RedactionTally {
  readonly byRule: Partial<Record<RedactionRule, number>> = {};
  total = 0;

  add(rule: RedactionRule, count = 1): void {
    this.byRule[rule] = (this.byRule[rule] ?? 0) + count;
    this.total += count;
  }
}
