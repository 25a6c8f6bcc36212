import type { LogFamily } from '../../../shared/query/logQuery';
import { searchTerms } from '../searchTerms';
import { untilAborted } from '../untilAborted';
import { textMatchFields, type CompileContext } from './compileClauses';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';
import { expandPrefix, type PrefixExpansion } from './expandPrefix';
import type { FieldCapabilities } from './readFieldCapabilities';

/**
 * The words a search's last-word prefix reaches on the word sub-fields (see expandPrefix), so the prefix
 * is sent as a term list. The requests of one query asked together (page, facets, histogram) share one
 * listing while it is in flight; nothing is kept after it, so a word indexed since is always found.
 */
export class PrefixListings {
  private readonly inFlight = new Map<string, Promise<PrefixExpansion | null>>();

  constructor(
    private readonly adapter: ElasticsearchAdapter,
    private readonly indexPatterns: Readonly<Record<LogFamily, string>>,
  ) {}

  /**
   * Undefined (the exact regexp is sent) without a prefix, on indices lacking the word sub-field, or
   * when the cluster cannot list the words.
   */
  async wordsFor(
    family: LogFamily,
    text: string | undefined,
    capabilities: FieldCapabilities,
    ctx: CompileContext,
    signal: AbortSignal | undefined,
  ): Promise<CompileContext['prefixWords']> {
    const prefix = searchTerms(text).find((term) => term.words.length === 1 && term.words[0]?.prefix)?.words[0]?.text;
    if (prefix === undefined || capabilities.textSearch !== 'word sub-field') return undefined;
    const fields = textMatchFields(family, ctx);
    const key = JSON.stringify([this.indexPatterns[family], fields, prefix]);
    let listing = this.inFlight.get(key);
    if (!listing) {
      // Not tied to one caller's signal: the callers sharing it would all be cut short.
      listing = expandPrefix(this.adapter, this.indexPatterns[family], fields, prefix).finally(() => {
        this.inFlight.delete(key);
      });
      this.inFlight.set(key, listing);
    }
    const words = await untilAborted(listing, signal);
    return words ? { prefix, words } : undefined;
  }
}
