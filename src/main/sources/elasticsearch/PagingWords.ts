import type { CompileContext } from './compileClauses';

type PrefixWords = NonNullable<CompileContext['prefixWords']>;

/** How many paged result sets keep the words their first page was searched with. */
export const PAGING_WORDS_LIMIT = 256;

/**
 * The words a result set's first page sent for its last-word prefix, by point-in-time handle, so every
 * later page asks the cluster the very same question (no listing again, no word appearing half-way
 * through the pages). Kept in the main process beside the point-in-time ids; the oldest goes first.
 */
export class PagingWords {
  private readonly byHandle = new Map<string, PrefixWords>();

  constructor(private readonly limit = PAGING_WORDS_LIMIT) {}

  get(handle: string): PrefixWords | undefined {
    return this.byHandle.get(handle);
  }

  remember(handle: string, words: PrefixWords): void {
    this.byHandle.delete(handle);
    this.byHandle.set(handle, words);
    for (const oldest of this.byHandle.keys()) {
      if (this.byHandle.size <= this.limit) break;
      this.byHandle.delete(oldest);
    }
  }

  forget(handle: string): void {
    this.byHandle.delete(handle);
  }

  clear(): void {
    this.byHandle.clear();
  }
}
