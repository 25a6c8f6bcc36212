import type { SecretRule } from '../../shared/domain/secretShapeTable';

/**
 * Rules a redaction can come from: a secret's shape, or what redaction withholds whole. Their names are
 * what the operator reads (a count and the name, pluralised).
 */
export type RedactionRule = SecretRule | 'too-deep value' | 'profile edit value' | 'withheld row (redaction failed)';

/** How many values each rule replaced. */
export class RedactionTally {
  readonly byRule: Partial<Record<RedactionRule, number>> = {};
  total = 0;

  add(rule: RedactionRule, count = 1): void {
    this.byRule[rule] = (this.byRule[rule] ?? 0) + count;
    this.total += count;
  }

  /** Adds what another tally counted, once its value is known to be complete. */
  addAll(other: RedactionTally): void {
    for (const [rule, count] of Object.entries(other.byRule) as [RedactionRule, number][]) this.add(rule, count);
  }
}
