import type { estypes } from '@elastic/elasticsearch';
import type { LogFamily } from '../../../shared/query/logQuery';
import { WORD_SUB_FIELD } from './readFieldCapabilities';

/*
 * The index templates the console is written against: what a console admin installs on a cluster so
 * that filters, sorts and facets hit keywords, text search hits analyzed text, and every index is
 * stored newest first. The compilers rely on these shapes, so the templates ship with them; loading
 * test data into a cluster (scripts/seed) installs the same templates with a dev node's settings.
 */

export type IndexPatterns = Readonly<Record<LogFamily, string>>;

/** Settings the cluster decides unless given: its own defaults are right for a production cluster. */
export interface IndexTemplateOptions {
  readonly shards?: number;
  readonly replicas?: number;
  /**
   * `async` fsyncs the translog every few seconds instead of on every bulk request: much faster loads,
   * at the price of the last seconds of writes on a crash. Only for a local dev/test node.
   */
  readonly translogDurability?: 'request' | 'async';
}

/** Bump when the mappings or settings change; seeded datasets also fingerprint the templates themselves. */
export const INDEX_TEMPLATE_VERSION = 2;

const keyword: estypes.MappingProperty = { type: 'keyword' };
const date: estypes.MappingProperty = { type: 'date' };
/**
 * Full text with the standard analyzer (the only one every distribution has) plus an exact sub-field.
 * No norms: views sort by time, never by relevance, and norms cost indexing time and heap.
 */
const text = (ignoreAbove: number): estypes.MappingProperty => ({
  type: 'text',
  norms: false,
  fields: { keyword: { type: 'keyword', ignore_above: ignoreAbove } },
});
const party: estypes.MappingProperty = { properties: { id: keyword, name: text(256) } };
/**
 * The words free text is matched on (see textWords): the standard analyzer, named so an index default
 * cannot change it, queried with term, bounded-prefix and phrase queries. Positions for phrases, no norms.
 */
const words: estypes.MappingProperty = { type: 'text', analyzer: 'standard', norms: false };
/** A free-text field: full text, its words sub-field and, when given, an exact keyword sub-field. */
const freeText = (ignoreAbove?: number): estypes.MappingProperty => ({
  type: 'text',
  norms: false,
  fields: {
    [WORD_SUB_FIELD]: words,
    ...(ignoreAbove === undefined ? {} : { keyword: { type: 'keyword', ignore_above: ignoreAbove } }),
  },
});

const OPERATIONAL_MAPPING: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    id: keyword,
    created: date,
    action: keyword,
    description: freeText(1024),
    client: party,
    employee: party,
    api: party,
    businessModel: keyword,
    subModel: keyword,
    origin: keyword,
    status: keyword,
    // Stringified errors are long and only ever searched as text.
    error: freeText(),
    relatedOperation: keyword,
    impactedTable: keyword,
    source: keyword,
    appInstance: keyword,
    requestPath: keyword,
  },
};

const ACTIVITY_MAPPING: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    id: keyword,
    clientId: keyword,
    actorType: keyword,
    actorId: keyword,
    actorName: text(256),
    sourceApp: keyword,
    eventName: keyword,
    message: freeText(1024),
    // Producers put arbitrary JSON here: flattened makes every key searchable without a mapping explosion.
    metadata: { type: 'flattened' },
    createdAt: date,
    change: {
      properties: {
        actionType: keyword,
        target: { properties: { type: keyword, id: keyword } },
        changedFields: keyword,
        before: { type: 'flattened' },
        after: { type: 'flattened' },
        bulkId: keyword,
        bulkSize: { type: 'integer' },
      },
    },
  },
};

const FAMILY: Readonly<Record<LogFamily, { mapping: estypes.MappingTypeMapping; timeField: string }>> = {
  operational: { mapping: OPERATIONAL_MAPPING, timeField: 'created' },
  activity: { mapping: ACTIVITY_MAPPING, timeField: 'createdAt' },
};

/** Patterns the templates accept: lowercase, ending in one `*`. */
export function assertIndexPattern(pattern: string): void {
  if (!/^[a-z0-9][a-z0-9._-]*\*$/.test(pattern)) {
    throw new Error(
      `Index pattern "${pattern}" must be lowercase and end with a single "*" (e.g. crm-operational-logs-*)`,
    );
  }
}

/** The template's name, derived from its pattern so test and dev templates never collide. */
export function indexTemplateName(pattern: string): string {
  assertIndexPattern(pattern);
  return pattern.slice(0, -1).replace(/[-_.]+$/, '');
}

export function indexTemplate(
  family: LogFamily,
  pattern: string,
  options: IndexTemplateOptions = {},
): estypes.IndicesPutIndexTemplateRequest {
  const { mapping, timeField } = FAMILY[family];
  return {
    name: indexTemplateName(pattern),
    index_patterns: [pattern],
    // Above the built-in templates, so ours wins for our patterns.
    priority: 500,
    _meta: { managedBy: 'audit-console', family, version: INDEX_TEMPLATE_VERSION },
    template: {
      settings: {
        ...(options.shards === undefined ? {} : { number_of_shards: options.shards }),
        ...(options.replicas === undefined ? {} : { number_of_replicas: options.replicas }),
        // Newest first with the id as tiebreaker is how every view reads: the index is stored that way.
        sort: { field: [timeField, 'id'], order: ['desc', 'desc'] },
        ...(options.translogDurability ? { translog: { durability: options.translogDurability } } : {}),
      },
      mappings: mapping,
    },
  };
}
