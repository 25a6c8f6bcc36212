import type { estypes } from '@elastic/elasticsearch';
import { ConsoleError } from '../../../shared/contract/errors';
import { clusterField, type FieldMapping } from '../../../shared/domain/fieldMapping';
import type { LogFamily } from '../../../shared/query/logQuery';
import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { TextSearchPath } from '../../../shared/contract/appInfo';
import { describeTypes, expectedFieldTypes } from './expectedFieldTypes';

/** What the index mapping of one family offers, read once from `_field_caps`. */
export interface FieldCapabilities {
  /** Our fields the index mapping lacks, by our name. */
  missingFields: string[];
  /** Text fields (cluster names) and the keyword sub-field that sorts, filters and aggregates them. */
  keywordFields: Record<string, string>;
  /** Free-text fields (cluster names) and their word sub-field, where every index has it. */
  wordFields: Record<string, string>;
  /** How free text is matched: on the word sub-fields, or on the text fields themselves where one lacks it. */
  textSearch: TextSearchPath;
}

/** The sub-field the console's templates give every free-text field: the standard analyzer's words. */
export const WORD_SUB_FIELD = 'words';

/** The `_field_caps` request's field list: every mapped field of ours and its sub-fields. */
export function fieldCapsFields(family: LogFamily, mapping: FieldMapping): string[] {
  return LOG_FIELDS[family].stored.flatMap(({ name: field }) => {
    const name = clusterField(mapping, family, field);
    return [name, `${name}.*`];
  });
}

/** One of our fields the cluster maps with a type the console cannot read it as. */
export interface MistypedField {
  field: string;
  clusterField: string;
  expected: string;
  found: string[];
}

/** What `_field_caps` says of one family's indices, without judging it: for the connection report. */
export interface FieldInspection {
  indices: string[];
  /** Our fields the index mapping lacks, by our name. */
  missingFields: string[];
  missingRequired: string[];
  mistypedFields: MistypedField[];
  keywordFields: Record<string, string>;
  wordFields: Record<string, string>;
  textSearch: TextSearchPath;
}

export function inspectFieldCapabilities(
  response: estypes.FieldCapsResponse,
  family: LogFamily,
  mapping: FieldMapping,
): FieldInspection {
  const indices = Array.isArray(response.indices) ? response.indices : [response.indices];
  // Asked with include_unmapped: a field some indices lack also lists them under `unmapped`.
  const typesOf = (name: string) => Object.keys(response.fields[name] ?? {}).filter((type) => type !== 'unmapped');
  const mapped = Object.keys(response.fields).filter((name) => typesOf(name).length > 0);
  const isMapped = (name: string) => mapped.includes(name) || mapped.some((other) => other.startsWith(`${name}.`));
  const { stored, required, text } = LOG_FIELDS[family];
  const missingFields = stored
    .map(({ name }) => name)
    .filter((field) => !isMapped(clusterField(mapping, family, field)));
  const mistypedFields = stored.flatMap(({ name: field, field: definition }): MistypedField[] => {
    const name = clusterField(mapping, family, field);
    const found = typesOf(name);
    const expected = expectedFieldTypes(definition);
    if (found.length === 0 || found.every((type) => expected.includes(type))) return [];
    return [{ field, clusterField: name, expected: describeTypes(expected), found }];
  });
  const wordFields = wordSubFields(response.fields, family, mapping);
  const textFields = text.map((field) => clusterField(mapping, family, field));
  return {
    indices,
    missingFields,
    missingRequired: missingFields.filter((field) => required.includes(field)),
    mistypedFields,
    keywordFields: keywordSubFields(response.fields),
    wordFields,
    textSearch: textFields.every((name) => name in wordFields) ? 'word sub-field' : 'text field',
  };
}

export function readFieldCapabilities(
  response: estypes.FieldCapsResponse,
  family: LogFamily,
  mapping: FieldMapping,
  indexPattern: string,
): FieldCapabilities {
  const inspection = inspectFieldCapabilities(response, family, mapping);
  if (inspection.indices.length === 0) {
    throw new ConsoleError('NOT_FOUND', `No index matches '${indexPattern}'; check the connection's index patterns`);
  }
  if (inspection.missingRequired.length > 0) {
    const names = inspection.missingRequired
      .map((field) => describe(field, clusterField(mapping, family, field)))
      .join(', ');
    throw new ConsoleError(
      'MAPPING_MISMATCH',
      `The indices matching '${indexPattern}' have no ${names}, which ${family} logs need; fix the connection's field mapping`,
    );
  }
  const { missingFields, keywordFields, wordFields, textSearch } = inspection;
  return { missingFields, keywordFields, wordFields, textSearch };
}

/** The word sub-field of each free-text field, when it is text in every index (none lists it unmapped). */
function wordSubFields(
  fields: estypes.FieldCapsResponse['fields'],
  family: LogFamily,
  mapping: FieldMapping,
): Record<string, string> {
  const found: Record<string, string> = {};
  for (const field of LOG_FIELDS[family].text) {
    const name = clusterField(mapping, family, field);
    const sub = `${name}.${WORD_SUB_FIELD}`;
    const types = Object.keys(fields[sub] ?? {});
    if (types.length === 1 && types[0] === 'text') found[name] = sub;
  }
  return found;
}

function keywordSubFields(fields: estypes.FieldCapsResponse['fields']): Record<string, string> {
  const keywordFields: Record<string, string> = {};
  for (const [name, types] of Object.entries(fields)) {
    if (!('text' in types) || 'keyword' in types) continue;
    const preferred = `${name}.keyword`;
    const candidates = [preferred, ...Object.keys(fields).filter((other) => other.startsWith(`${name}.`))];
    const keyword = candidates.find((other) => {
      const sub = fields[other];
      return sub !== undefined && 'keyword' in sub && !other.slice(name.length + 1).includes('.');
    });
    if (keyword) keywordFields[name] = keyword;
  }
  return keywordFields;
}

function describe(field: string, name: string): string {
  return field === name ? `field '${name}'` : `field '${name}' (our ${field})`;
}
