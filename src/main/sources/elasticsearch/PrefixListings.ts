import type { LogFamily } from '../../../shared/query/logQuery';
import { PREFIX_MIN_LENGTH, searchTerms } from '../searchTerms';
import { untilAborted } from '../untilAborted';
import { textMatchFields, type CompileContext } from './compileClauses';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';
import {
  expandPrefix,
  onlyPlainAsciiTails,
  PLAIN_ASCII_WORDS,
  type PrefixExpansion,
  type PrefixWords,
} from './expandPrefix';
import type { FieldCapabilities } from './readFieldCapabilities';

/** How many listings are remembered (per operator and prefix), and how many words in all. */
export const REMEMBERED_LISTINGS = 64;
export const REMEMBERED_WORDS = 32_768;

/** What a request asks of its prefix: the query's family and text, the mapping, whom it is for. */
export interface PrefixRequest {
  family: LogFamily;
  text: string | undefined;
  capabilities: FieldCapabilities;
  ctx: CompileContext;
  operatorId: string | null;
  signal: AbortSignal | undefined;
  /** False where an answer cannot be set aside cleanly (a later page moves its point-in-time on). */
  mayGuess?: boolean;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/** Whether two listings name the same words on the same fields. */
export function sameExpansion(a: PrefixExpansion | null, b: PrefixExpansion | null): boolean {
  if (a === null || b === null) return a === b;
  const fields = Object.keys(a);
  if (fields.length !== Object.keys(b).length) return false;
  return fields.every((field) => {
    const left = a[field];
    const right = b[field];
    return right !== undefined && left?.length === right.length && left.every((word, i) => word === right[i]);
  });
}

/** Whether a search sent with `guess` asked what one sent with the fresh listing asks. */
function askedTheSame(guess: PrefixWords['words'], fresh: PrefixExpansion | null, prefix: string): boolean {
  if (guess === PLAIN_ASCII_WORDS) return fresh !== null && onlyPlainAsciiTails(fresh, prefix);
  return sameExpansion(fresh, guess);
}

const wordCount = (expansion: PrefixExpansion): number =>
  Object.values(expansion).reduce((sum, words) => sum + words.length, 0);

/**
 * The words a search's last-word prefix reaches on the word sub-fields (see expandPrefix), so the prefix
 * is sent as a term list. Every request lists them afresh, so a word indexed since is always found; the
 * requests of one query asked together (page, facets, histogram) share one listing while it is in flight.
 *
 * The listing costs a round trip, so the search does not wait for it: it goes out at once with a guess,
 * beside the fresh listing. The guess is the words this operator's last listing of the same prefix named
 * (or of a shorter one it extends: `hunte` after `hunt`), else, for a prefix not listed before, the
 * pattern of the words it reaches in plain ASCII (see plainAsciiPrefixPattern). The early answer stands
 * when the fresh listing shows it asked the same question: the same words, or only words the pattern
 * reaches. Else it is set aside and the search is sent again with the fresh words. Both the guess and
 * the listing hold only words the prefix may reach (rule 2 of searchTerms), and the pattern reaches no
 * other, so whether the search is sent again says only that a reachable word appeared, went, or holds
 * a character beyond plain ASCII, which a search for that word shows anyway: the time an answer takes
 * never tells of a word the prefix may not reach.
 */
export class PrefixListings {
  private readonly inFlight = new Map<string, Promise<PrefixExpansion | null>>();
  /** The last listing per operator and prefix, oldest first. */
  private readonly remembered = new Map<string, PrefixExpansion>();
  /** The credentials may not list words: every prefix takes the exact pattern, so none is guessed. */
  private refused = false;

  constructor(
    private readonly adapter: ElasticsearchAdapter,
    private readonly indexPatterns: Readonly<Record<LogFamily, string>>,
  ) {}

  /**
   * `search` with the context's prefix words set: the listed words, or none (the exact regexp is sent)
   * without a prefix, on indices lacking the word sub-field, or when the cluster cannot list the words.
   * An answer set aside is handed to `discard` (to release what it holds).
   */
  async run<T>(
    request: PrefixRequest,
    search: (ctx: CompileContext) => Promise<T>,
    discard: (answer: T) => Promise<void> = async () => {},
  ): Promise<T> {
    const { family, text, capabilities, ctx, signal } = request;
    const prefix = searchTerms(text).find((term) => term.words.length === 1 && term.words[0]?.prefix)?.words[0]?.text;
    if (prefix === undefined || capabilities.textSearch !== 'word sub-field') return search(ctx);
    const fields = textMatchFields(family, ctx);
    const key = JSON.stringify([this.indexPatterns[family], fields, prefix]);
    const rememberedKey = (prefix: string) =>
      JSON.stringify([request.operatorId, this.indexPatterns[family], fields, prefix]);
    const withWords = (words: PrefixWords['words'] | null): CompileContext =>
      words ? { ...ctx, prefixWords: { prefix, words } } : ctx;

    const guess =
      request.mayGuess === false
        ? undefined
        : (this.guess(prefix, rememberedKey) ?? (this.refused ? undefined : PLAIN_ASCII_WORDS));
    // The search guessed from leaves first: it is the longer of the two on the cluster.
    const early = guess ? settle(search(withWords(guess))) : null;
    const fresh = this.listing(key, family, fields, prefix).then((words) => {
      this.remember(rememberedKey(prefix), words);
      return words;
    });
    if (!guess || !early) return search(withWords(await untilAborted(fresh, signal)));

    let words: PrefixExpansion | null;
    try {
      words = await untilAborted(fresh, signal);
    } catch (error) {
      const answer = await early;
      if (answer.ok) await discard(answer.value).catch(() => undefined);
      throw error;
    }
    const answer = await early;
    if (askedTheSame(guess, words, prefix)) {
      if (answer.ok) return answer.value;
      throw answer.error;
    }
    if (answer.ok) await discard(answer.value).catch(() => undefined);
    return search(withWords(words));
  }

  /**
   * The words the prefix reached when last listed for this operator, or those of the longest shorter
   * prefix listed (typing `hunte` after `hunt`) that start with it.
   */
  private guess(prefix: string, keyOf: (prefix: string) => string): PrefixExpansion | undefined {
    const characters = [...prefix];
    for (let length = characters.length; length >= PREFIX_MIN_LENGTH; length -= 1) {
      const listed = this.remembered.get(keyOf(characters.slice(0, length).join('')));
      if (!listed) continue;
      if (length === characters.length) return listed;
      return Object.fromEntries(
        Object.entries(listed).map(([field, words]) => [field, words.filter((word) => word.startsWith(prefix))]),
      );
    }
    return undefined;
  }

  /** One listing per index pattern, fields and prefix while it is in flight, whoever asked for it. */
  private listing(key: string, family: LogFamily, fields: string[], prefix: string): Promise<PrefixExpansion | null> {
    let listing = this.inFlight.get(key);
    if (!listing) {
      // Not tied to one caller's signal: the callers sharing it would all be cut short.
      const refused = () => {
        this.refused = true;
      };
      listing = expandPrefix(this.adapter, this.indexPatterns[family], fields, prefix, undefined, refused).finally(
        () => {
          this.inFlight.delete(key);
        },
      );
      this.inFlight.set(key, listing);
    }
    return listing;
  }

  private remember(key: string, words: PrefixExpansion | null): void {
    this.remembered.delete(key);
    if (!words || wordCount(words) > REMEMBERED_WORDS) return;
    this.remembered.set(key, words);
    let total = [...this.remembered.values()].reduce((sum, expansion) => sum + wordCount(expansion), 0);
    for (const [oldest, expansion] of this.remembered) {
      if (this.remembered.size <= REMEMBERED_LISTINGS && total <= REMEMBERED_WORDS) break;
      this.remembered.delete(oldest);
      total -= wordCount(expansion);
    }
  }

  /** Forgets every listing (the source is closing, or its indices changed). */
  clear(): void {
    this.remembered.clear();
    this.refused = false;
  }
}
