import { ConsoleError } from '../../shared/contract/errors';
import { LOG_FIELDS } from '../../shared/query/fieldRoles';
import type { LogFamily } from '../../shared/query/logQuery';
import type { FacetField } from '../../shared/query/logSource';

/**
 * The field whose distinct values a distinct count counts, named by its facet key: a facet with values of
 * its own (not a category, which groups another field's values), on both engines.
 */
export function distinctCountField(family: LogFamily, key: FacetField): string {
  const ref = LOG_FIELDS[family].filters.get(key);
  if (!ref || !LOG_FIELDS[family].facets.includes(key) || ref.field.expandsTo || ref.field.kind !== undefined) {
    throw new ConsoleError(
      'BAD_REQUEST',
      `The ${family} logs cannot count the distinct values of '${key}'; count a field that has values of its own, such as clientId.`,
      'field',
    );
  }
  return ref.name;
}
