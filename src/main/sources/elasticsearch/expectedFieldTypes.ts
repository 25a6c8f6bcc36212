import type { LogField } from '../../../shared/query/logFields';

const STRING_TYPES = ['keyword', 'text', 'constant_keyword', 'wildcard', 'match_only_text'] as const;

/**
 * The cluster field types the console can read one of our fields from: dates for instants, objects
 * (or flattened) for JSON, strings for the rest. Any other type is a mapping mismatch worth naming.
 */
export function expectedFieldTypes(field: LogField): readonly string[] {
  switch (field.kind) {
    case 'instant':
      return ['date', 'date_nanos'];
    case 'object':
      return ['object', 'flattened', 'nested'];
    case 'leaves':
      return ['flattened', 'object'];
    default:
      return STRING_TYPES;
  }
}

/** How the expected types read in a report: "date or date_nanos". */
export function describeTypes(types: readonly string[]): string {
  return types.length <= 1 ? (types[0] ?? '') : `${types.slice(0, -1).join(', ')} or ${types.at(-1) ?? ''}`;
}
