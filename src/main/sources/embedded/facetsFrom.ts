import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { LogFamily } from '../../../shared/query/logQuery';
import { FACET_SIZE, type Facet, type FacetField } from '../../../shared/query/logSource';
import type { FacetStatement } from './compileFacetsSql';

/** Runs the facet statements and reads each field's facet from the rows that name it (see facetFrom). */
export async function facetsFrom(
  connection: DuckDBConnection,
  family: LogFamily,
  fields: readonly FacetField[],
  statements: readonly FacetStatement[],
): Promise<Facet[]> {
  const rows = new Map<string, DuckDBValue[][]>();
  for (const statement of statements) {
    for (const row of (await connection.runAndReadAll(statement.sql, statement.params)).getRows()) {
      const field = statement.fields[Number(row[0])] ?? '';
      const list = rows.get(field) ?? [];
      list.push(row);
      rows.set(field, list);
    }
  }
  return fields.map((field) => facetFrom(family, field, rows.get(field) ?? []));
}

/**
 * A facet from its rows (ordered by count, then value): the top FACET_SIZE values, and every other
 * present value summed as other. Missing values count nowhere, as in a terms aggregation, except for a
 * derived filter (category), where values in no group count as other, as the cluster's
 * `other_bucket` does.
 */
function facetFrom(family: LogFamily, field: string, rows: readonly DuckDBValue[][]): Facet {
  const derived = LOG_FIELDS[family].filters.get(field)?.field.expandsTo !== undefined;
  const buckets: Facet['buckets'] = [];
  let otherCount = 0;
  for (const [, value, count] of rows) {
    const n = Number(count);
    if (value === null || value === undefined) {
      if (derived) otherCount += n;
    } else if (buckets.length < FACET_SIZE) {
      buckets.push({ value: String(value), count: n });
    } else {
      otherCount += n;
    }
  }
  return { field, buckets, otherCount };
}
