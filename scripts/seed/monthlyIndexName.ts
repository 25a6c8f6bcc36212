import { assertIndexPattern } from '../../src/main/sources/elasticsearch/indexTemplates';

/** The monthly index a document dated `at` is loaded into: `crm-operational-logs-2026.11`. */
export function monthlyIndexName(pattern: string, at: string): string {
  assertIndexPattern(pattern);
  return `${pattern.slice(0, -1)}${at.slice(0, 4)}.${at.slice(5, 7)}`;
}
