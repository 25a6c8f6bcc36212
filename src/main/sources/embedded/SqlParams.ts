import type { DuckDBValue } from '@duckdb/node-api';

/** Collects the values of one statement and hands out their `$n` placeholders: no value is ever spliced into SQL. */
export class SqlParams {
  readonly values: DuckDBValue[] = [];

  add(value: DuckDBValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  list(values: readonly DuckDBValue[]): string {
    return values.map((value) => this.add(value)).join(', ');
  }
}
