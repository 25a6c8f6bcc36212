import { textWords } from '../../../src/main/sources/embedded/textWords';
import type { LogDocument } from '../../../src/main/sources/embedded/loadDocuments';
import {
  ACTIVITY_SORT_FIELDS,
  LogQuery,
  OPERATIONAL_SORT_FIELDS,
  PAGE_SIZES,
  RELATIVE_RANGES,
  type LogFamily,
  type LogQueryInput,
} from '../../../src/shared/query/logQuery';
import type { FacetField } from '../../../src/shared/query/logSource';

/** A small seeded generator (mulberry32): the same seed gives the same queries on every machine. */
export class QueryRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  }

  below(count: number): number {
    return Math.floor(this.next() * count);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.below(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  some<T>(items: readonly T[], most: number): T[] {
    const chosen = new Set<T>();
    const count = 1 + this.below(Math.min(most, items.length));
    while (chosen.size < count) chosen.add(this.pick(items));
    return [...chosen];
  }
}

type FieldValues = Map<string, string[]>;

/** What the random queries draw from: values present per filter field, texts, and the time span. */
export interface QueryVocabulary {
  values: Record<LogFamily, FieldValues>;
  texts: Record<LogFamily, string[]>;
  span: { fromMs: number; toMs: number };
}

const OPERATIONAL_FILTERS = {
  clientId: (doc: LogDocument) => ('created' in doc ? doc.client?.id : undefined),
  employeeId: (doc: LogDocument) => ('created' in doc ? doc.employee?.id : undefined),
  apiId: (doc: LogDocument) => ('created' in doc ? doc.api?.id : undefined),
  businessModel: (doc: LogDocument) => ('created' in doc ? doc.businessModel : undefined),
  subModel: (doc: LogDocument) => ('created' in doc ? (doc.subModel ?? undefined) : undefined),
  action: (doc: LogDocument) => ('created' in doc ? doc.action : undefined),
  origin: (doc: LogDocument) => ('created' in doc ? doc.origin : undefined),
  status: (doc: LogDocument) => ('created' in doc ? doc.status : undefined),
  source: (doc: LogDocument) => ('created' in doc ? doc.source : undefined),
  appInstance: (doc: LogDocument) => ('created' in doc ? doc.appInstance : undefined),
  impactedTable: (doc: LogDocument) => ('created' in doc ? (doc.impactedTable ?? undefined) : undefined),
};

const ACTIVITY_FILTERS = {
  clientId: (doc: LogDocument) => ('createdAt' in doc ? doc.clientId : undefined),
  actorType: (doc: LogDocument) => ('createdAt' in doc ? doc.actorType : undefined),
  actorId: (doc: LogDocument) => ('createdAt' in doc ? (doc.actorId ?? undefined) : undefined),
  sourceApp: (doc: LogDocument) => ('createdAt' in doc ? doc.sourceApp : undefined),
  eventName: (doc: LogDocument) => ('createdAt' in doc ? doc.eventName : undefined),
  targetType: (doc: LogDocument) => ('createdAt' in doc ? doc.change?.target.type : undefined),
  targetId: (doc: LogDocument) => ('createdAt' in doc ? doc.change?.target.id : undefined),
  bulkId: (doc: LogDocument) => ('createdAt' in doc ? (doc.change?.bulkId ?? undefined) : undefined),
};

/** Fields whose values are a closed list: a value outside it is a malformed query, not an empty one. */
const ENUM_FIELDS = new Set(['action', 'origin', 'status', 'source', 'actorType', 'sourceApp']);

const CATEGORIES = ['authentication', 'transactions', 'terminal', 'manager', 'profile', 'documents'] as const;

export function vocabularyOf(documents: readonly LogDocument[]): QueryVocabulary {
  const collect = (extractors: Record<string, (doc: LogDocument) => string | undefined>): FieldValues => {
    const values = new Map<string, Set<string>>();
    for (const doc of documents) {
      for (const [field, extract] of Object.entries(extractors)) {
        const value = extract(doc);
        if (value !== undefined) values.set(field, (values.get(field) ?? new Set()).add(value));
      }
    }
    return new Map([...values].map(([field, set]) => [field, [...set].sort()]));
  };
  const times = documents.map((doc) => Date.parse('created' in doc ? doc.created : doc.createdAt));
  return {
    values: { operational: collect(OPERATIONAL_FILTERS), activity: collect(ACTIVITY_FILTERS) },
    texts: {
      operational: documents
        .flatMap((doc) => ('created' in doc ? [doc.description, doc.error ?? ''] : []))
        .filter(Boolean),
      activity: documents.flatMap((doc) => ('createdAt' in doc ? [doc.message] : [])),
    },
    span: { fromMs: Math.min(...times), toMs: Math.max(...times) },
  };
}

/** A random, valid LogQuery over values present in the data (and now and then one that is not). */
export function randomLogQuery(random: QueryRandom, vocabulary: QueryVocabulary): LogQuery {
  const family = random.pick(['operational', 'activity'] as const);
  const filters: Record<string, string[]> = {};
  const fields = [...vocabulary.values[family].keys()];
  for (const field of random.some(fields, 3).slice(0, random.below(4))) {
    const present = vocabulary.values[family].get(field) ?? [];
    filters[field] = random.chance(0.1) && !ENUM_FIELDS.has(field) ? ['no-such-value'] : random.some(present, 3);
  }
  if (family === 'activity' && random.chance(0.15)) filters['category'] = random.some(CATEGORIES, 2);
  const input: LogQueryInput = {
    family,
    filters,
    sort: {
      field: random.pick(family === 'operational' ? OPERATIONAL_SORT_FIELDS : ACTIVITY_SORT_FIELDS),
      direction: random.pick(['asc', 'desc'] as const),
    },
    pageSize: random.pick(PAGE_SIZES),
  } as LogQueryInput;
  if (random.chance(0.45)) input.text = randomText(random, vocabulary.texts[family]);
  if (random.chance(0.4)) input.timeRange = randomRange(random, vocabulary.span);
  return LogQuery.parse(input);
}

/** One to three consecutive words of a real text; the last often cut to a prefix, sometimes in capitals. */
function randomText(random: QueryRandom, texts: readonly string[]): string {
  const words = textWords(random.pick(texts));
  if (words.length === 0) return 'nothing';
  const start = random.below(words.length);
  const chosen = words.slice(start, start + 1 + random.below(3));
  const last = chosen.length - 1;
  const lastWord = chosen[last] ?? '';
  if (random.chance(0.5) && lastWord.length > 1)
    chosen[last] = lastWord.slice(0, 1 + random.below(lastWord.length - 1));
  const text = chosen.join(random.pick([' ', ' ', ', ', '-']));
  return random.chance(0.2) ? text.toUpperCase() : text;
}

function randomRange(random: QueryRandom, span: { fromMs: number; toMs: number }): LogQueryInput['timeRange'] {
  if (random.chance(0.15)) return { kind: 'relative', last: random.pick(RELATIVE_RANGES) };
  const at = () => new Date(span.fromMs + random.below(span.toMs - span.fromMs + 1)).toISOString();
  const [first, second] = [at(), at()].sort();
  const shape = random.below(3);
  if (shape === 0) return { kind: 'absolute', from: first };
  if (shape === 1) return { kind: 'absolute', to: second };
  return { kind: 'absolute', from: first, to: second };
}

/** The facet fields a query is compared on: a few of its family's filter keys. */
export function randomFacetFields(random: QueryRandom, query: LogQuery): FacetField[] {
  const fields: FacetField[] =
    query.family === 'operational'
      ? [
          'action',
          'origin',
          'status',
          'businessModel',
          'subModel',
          'source',
          'clientId',
          'employeeId',
          'impactedTable',
          'appInstance',
        ]
      : ['actorType', 'sourceApp', 'eventName', 'category', 'clientId', 'actorId', 'targetType', 'bulkId'];
  return random.some(fields, 4);
}
