import { flattenedLeaves } from '../../../../src/main/sources/embedded/flattenedLeaves';
import type { LogDocument } from '../../../../src/main/sources/embedded/loadDocuments';
import type { LogField } from '../../../../src/shared/query/logFields';
import { LOG_FIELDS } from '../../../../src/shared/query/fieldRoles';
import {
  ACTIVITY_SORT_FIELDS,
  LogQuery,
  OPERATIONAL_SORT_FIELDS,
  PAGE_SIZES,
  RELATIVE_RANGES,
  type LogFamily,
  type LogQueryInput,
} from '../../../../src/shared/query/logQuery';
import type { FacetField } from '../../../../src/shared/query/logSource';
import { textWords } from '../../../../src/shared/query/textWords';

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

  private readonly drawn = new Map<string, number>();

  /** One of `items` drawn least often so far from `pool`: a run of queries reaches each in turn, whatever the seed. */
  leastDrawn<T extends string>(pool: string, items: readonly T[]): T {
    const count = (item: T) => this.drawn.get(`${pool}\u0000${item}`) ?? 0;
    const fewest = Math.min(...items.map(count));
    const item = this.pick(items.filter((candidate) => count(candidate) === fewest));
    this.drawn.set(`${pool}\u0000${item}`, fewest + 1);
    return item;
  }
}

type FieldValues = Map<string, string[]>;

/** What the random queries draw from: values present per filter field, texts, and the time span. */
export interface QueryVocabulary {
  values: Record<LogFamily, FieldValues>;
  texts: Record<LogFamily, string[]>;
  span: { fromMs: number; toMs: number };
}

const familyOf = (doc: LogDocument): LogFamily => ('createdAt' in doc ? 'activity' : 'operational');

/** A field's value in a document, by its dotted path. */
function valueAt(doc: LogDocument, path: string): unknown {
  let value: unknown = doc;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function vocabularyOf(documents: readonly LogDocument[]): QueryVocabulary {
  const collect = (family: LogFamily): FieldValues => {
    const values = new Map<string, Set<string>>();
    const fields = [...LOG_FIELDS[family].filters].filter(([, ref]) => !ref.field.expandsTo);
    for (const doc of documents) {
      if (familyOf(doc) !== family) continue;
      for (const [key, ref] of fields) {
        for (const value of filterValuesIn(valueAt(doc, ref.name), ref.field.kind))
          values.set(key, (values.get(key) ?? new Set()).add(value));
      }
    }
    return new Map([...values].map(([key, set]) => [key, [...set].sort()]));
  };
  const texts = (family: LogFamily): string[] =>
    documents.flatMap((doc) =>
      familyOf(doc) === family
        ? LOG_FIELDS[family].text.flatMap((name) => {
            const text = valueAt(doc, name);
            return typeof text === 'string' && text ? [text] : [];
          })
        : [],
    );
  const times = documents.map((doc) => Date.parse(String(valueAt(doc, LOG_FIELDS[familyOf(doc)].time))));
  return {
    values: { operational: collect('operational'), activity: collect('activity') },
    texts: { operational: texts('operational'), activity: texts('activity') },
    span: { fromMs: Math.min(...times), toMs: Math.max(...times) },
  };
}

/** The values a filter on a field can match in one document: the string, a list's items, an object's `path=value` leaves. */
function filterValuesIn(value: unknown, kind: LogField['kind']): string[] {
  if (kind === 'leaves') return flattenedLeaves(value).map(([path, leaf]) => `${path}=${leaf}`);
  if (kind === 'list' && Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** A random, valid LogQuery over values present in the data (and now and then one that is not). */
export function randomLogQuery(random: QueryRandom, vocabulary: QueryVocabulary): LogQuery {
  const family = random.pick(['operational', 'activity'] as const);
  const filters: Record<string, string[]> = {};
  for (const key of random.some([...LOG_FIELDS[family].filters.keys()], 3).slice(0, random.below(4))) {
    filters[key] = filterValues(random, vocabulary, family, key);
  }
  const exclude: Record<string, string[]> = {};
  if (random.chance(0.3)) {
    // Every filter is excluded now and then, whichever fields the table gains.
    const keys = [...LOG_FIELDS[family].filters.keys()];
    const excluded = new Set([random.leastDrawn(`${family} exclusions`, keys)]);
    if (random.chance(0.5)) excluded.add(random.pick(keys));
    for (const key of excluded) {
      exclude[key] = filterValues(random, vocabulary, family, key);
    }
  }
  const input: LogQueryInput = {
    family,
    filters,
    ...(Object.keys(exclude).length > 0 ? { exclude } : {}),
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

/**
 * One to three consecutive words of a real text, sometimes quoted as a phrase, sometimes with a word
 * left out by a minus; outside quotes the last word is often cut to a prefix, and the text is sometimes
 * in capitals. Short words (a short number, a word of up to three letters) stand in quotes beside a
 * longer word most of the time, and a prefix keeps four characters, as the search rules ask.
 */
function randomText(random: QueryRandom, texts: readonly string[]): string {
  const words = textWords(random.pick(texts));
  if (words.length === 0) return 'nothing';
  const start = random.below(words.length);
  const chosen = words.slice(start, start + 1 + random.below(3));
  const hasShort = chosen.some((word) => [...word].length <= (/\p{N}/u.test(word) ? 4 : 3));
  let text: string;
  if ((hasShort && chosen.length > 1 && random.chance(0.9)) || random.chance(0.2)) {
    text = `"${chosen.join(' ')}"`;
  } else {
    const last = chosen.length - 1;
    const lastWord = chosen[last] ?? '';
    if (random.chance(0.5) && lastWord.length > 4)
      chosen[last] = lastWord.slice(0, 4 + random.below(lastWord.length - 4));
    text = chosen.join(random.pick([' ', ' ', ', ', '-']));
  }
  if (random.chance(0.15)) {
    const left = textWords(random.pick(texts)).find((word) => [...word].length >= 4) ?? 'nothing';
    text = `${text} -${left}`;
  }
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

/**
 * Values for one filter: present in the data for a field of open values (now and then one that is
 * not), from the closed list for an enum, or the groups of a derived filter (category).
 */
function filterValues(random: QueryRandom, vocabulary: QueryVocabulary, family: LogFamily, key: string): string[] {
  const field = LOG_FIELDS[family].filters.get(key)?.field;
  const groups = field?.expandsTo?.groups;
  if (groups) return random.some(Object.keys(groups), 2);
  const present = vocabulary.values[family].get(key) ?? [];
  if (field?.filter?.values) return random.some(present.length > 0 ? present : field.filter.values, 3);
  if (random.chance(0.1) || present.length === 0)
    return [field?.filter?.pathValue ? 'status=no-such-value' : 'no-such-value'];
  return random.some(present, 3);
}

/** The facet fields a query is compared on: a few of its family's facets. */
export function randomFacetFields(random: QueryRandom, query: LogQuery): FacetField[] {
  return random.some(LOG_FIELDS[query.family].facets as readonly FacetField[], 4);
}
