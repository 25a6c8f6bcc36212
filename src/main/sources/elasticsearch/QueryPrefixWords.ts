import type { LogFamily } from '../../../shared/query/logQuery';
import type { LogPage, SearchOptions } from '../../../shared/query/logSource';
import type { CompileContext } from './compileClauses';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';
import type { LogCursor } from './logCursor';
import { PagingWords } from './PagingWords';
import { PrefixListings } from './PrefixListings';
import type { FieldCapabilities } from './readFieldCapabilities';

/** What a request's prefix words depend on: the query's family and free text. */
export interface PrefixQuery {
  family: LogFamily;
  text?: string | undefined;
}

/**
 * The words each request's last-word prefix is sent as: listed afresh for every request (see
 * PrefixListings), except a later page, which asks what its first page asked (see PagingWords).
 */
export class QueryPrefixWords {
  private readonly prefixListings: PrefixListings;
  private readonly pagingWords = new PagingWords();

  constructor(adapter: ElasticsearchAdapter, indexPatterns: Readonly<Record<LogFamily, string>>) {
    this.prefixListings = new PrefixListings(adapter, indexPatterns);
  }

  /** `run` with the words the query's last-word prefix reaches in its context (see PrefixListings). */
  run<T>(
    query: PrefixQuery,
    capabilities: FieldCapabilities,
    ctx: CompileContext,
    options: SearchOptions,
    run: (ctx: CompileContext) => Promise<T>,
    discard?: (answer: T) => Promise<void>,
    mayGuess = true,
  ): Promise<T> {
    const request = {
      mayGuess,
      family: query.family,
      text: query.text,
      capabilities,
      ctx,
      operatorId: options.operatorId ?? null,
      signal: options.signal,
    };
    return this.prefixListings.run(request, run, discard);
  }

  /**
   * A page read with its prefix words, remembering them by the point-in-time handle of the cursor it
   * hands out (`read` reports each handle it issues) for the pages after it. `discard` releases a first
   * page set aside.
   */
  async page(
    query: PrefixQuery,
    prepared: { capabilities: FieldCapabilities; ctx: CompileContext; previous: LogCursor | null },
    options: SearchOptions,
    read: (ctx: CompileContext, issued: (handle: string) => void) => Promise<LogPage>,
    discard: (page: LogPage) => Promise<void>,
  ): Promise<LogPage> {
    const { capabilities, ctx, previous } = prepared;
    let handle = previous?.handle;
    const readNotingHandle = (ctx: CompileContext) =>
      read(ctx, (issued) => {
        handle = issued;
      });
    // A later page asks what its first page asked, with the words listed then.
    let words = handle === undefined ? undefined : this.pagingWords.get(handle);
    const page = words
      ? await readNotingHandle({ ...ctx, prefixWords: words })
      : await this.run(
          query,
          capabilities,
          ctx,
          options,
          (ctx) => {
            words = ctx.prefixWords;
            return readNotingHandle(ctx);
          },
          discard,
          // A later page moves its cursor's point-in-time on (and releases it at the end): it is never
          // sent early, so it is never set aside.
          previous === null,
        );
    if (handle !== undefined) {
      if (page.nextCursor && words) this.pagingWords.remember(handle, words);
      else this.pagingWords.forget(handle);
    }
    return page;
  }

  /** Forgets the words a released cursor's pages were sent with. */
  forget(handle: string): void {
    this.pagingWords.forget(handle);
  }

  /** Forgets every listing and every page's words (the source is closing). */
  clear(): void {
    this.prefixListings.clear();
    this.pagingWords.clear();
  }
}
