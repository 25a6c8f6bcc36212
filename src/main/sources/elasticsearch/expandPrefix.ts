import { ConsoleError } from '../../../shared/contract/errors';
import { isPrefixTarget } from '../searchTerms';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';

/** Beyond this many words on one field the exact regexp is sent instead: a `terms` list that long gains little. */
export const PREFIX_EXPANSION_LIMIT = 4_096;

/** The words a prefix reaches on each word sub-field; every field asked for has a list, maybe empty. */
export type PrefixExpansion = Readonly<Record<string, readonly string[]>>;

/**
 * The characters a word may add to its prefix to be sent before its listing is back: printable ASCII
 * without the digits, written the same way as a Lucene and a JavaScript character class.
 */
export const PLAIN_ASCII_CLASS = '[ -/:-~]';

/** Sent in place of the listed words: the pattern of the words the prefix reaches in plain ASCII. */
export const PLAIN_ASCII_WORDS = 'plain ASCII words';

/** How a search sends its last-word prefix: the words listed for it, or the plain ASCII pattern. */
export interface PrefixWords {
  readonly prefix: string;
  readonly words: PrefixExpansion | typeof PLAIN_ASCII_WORDS;
}

const PLAIN_ASCII_TAIL = new RegExp(`^${PLAIN_ASCII_CLASS}*$`);

/**
 * Whether the plain ASCII pattern of `prefix` reaches every word listed for it: each adds only
 * characters of PLAIN_ASCII_CLASS. The pattern never reaches a word the listing leaves out (it holds no
 * digit and is bounded like the listing), so when this holds both send the same question.
 */
export function onlyPlainAsciiTails(expansion: PrefixExpansion, prefix: string): boolean {
  return Object.values(expansion).every((words) =>
    words.every((word) => word.startsWith(prefix) && PLAIN_ASCII_TAIL.test(word.slice(prefix.length))),
  );
}

/**
 * The words of the index that the last word of a search reaches as a prefix (rule 2 of searchTerms: no
 * digit, at most PREFIX_WORD_MAX_LENGTH characters), read off each shard's term dictionary so the search
 * itself can be a `terms` query, at term speed, instead of a bounded regexp Lucene must compile on
 * every shard. The cluster lists the terms a prefix query rewrites to (`_validate/query` with
 * `rewrite=true` on every shard); the allowed ones are kept here. Null when the list cannot be had
 * complete (the credentials may not rewrite queries, a shard failed, more words than a query may hold,
 * an answer this code cannot read): the caller then sends the exact regexp, so the answer is the same
 * either way, only slower. `onRefused` hears that the credentials may not list words at all.
 */
export async function expandPrefix(
  adapter: ElasticsearchAdapter,
  indexPattern: string,
  fields: readonly string[],
  prefix: string,
  signal?: AbortSignal,
  onRefused?: () => void,
): Promise<PrefixExpansion | null> {
  const query = {
    bool: { should: fields.map((field) => ({ prefix: { [field]: { value: prefix, rewrite: 'scoring_boolean' } } })) },
  };
  let answer: Awaited<ReturnType<ElasticsearchAdapter['rewriteQuery']>>;
  try {
    answer = await adapter.rewriteQuery(indexPattern, query, signal);
  } catch (error) {
    // A role with `read` alone may not rewrite (that takes `view_index_metadata`); the regexp needs neither.
    if (error instanceof ConsoleError && error.code === 'CANCELLED') throw error;
    if (error instanceof ConsoleError && error.code === 'FORBIDDEN') onRefused?.();
    return null;
  }
  if (answer.failures > 0 || answer.explanations.some((explanation) => explanation === null)) return null;
  const words = new Map(fields.map((field) => [field, new Set<string>()]));
  for (const explanation of answer.explanations) {
    for (const [field, word] of rewrittenTerms(explanation ?? '', fields, prefix)) {
      if (word === null) return null;
      if (isPrefixTarget(word)) words.get(field)?.add(word);
    }
  }
  const expansion: Record<string, string[]> = {};
  for (const [field, set] of words) {
    if (set.size > PREFIX_EXPANSION_LIMIT) return null;
    expansion[field] = [...set].sort();
  }
  return expansion;
}

/**
 * The `field:term` clauses of a rewritten prefix query (Lucene's text form: clauses apart by spaces; a
 * prefix that reaches no term stays `field:prefix*`). A word of the standard analyzer never holds a
 * space. A clause on a field not asked for, or one that does not start with the prefix, yields null:
 * the text is not what this code expects, and the caller falls back.
 */
export function rewrittenTerms(
  explanation: string,
  fields: readonly string[],
  prefix: string,
): [field: string, term: string | null][] {
  const clauses: [string, string | null][] = [];
  for (const clause of explanation.split(' ')) {
    if (clause === '') continue;
    const field = fields.find((name) => clause.startsWith(`${name}:`));
    const term = field === undefined ? null : clause.slice(field.length + 1);
    if (field !== undefined && term === `${prefix}*`) continue;
    clauses.push([field ?? '', term !== null && term.startsWith(prefix) ? term : null]);
  }
  return clauses;
}
