import type { TextSearchPath } from '../../../shared/contract/appInfo';
import type { FieldMapping } from '../../../shared/domain/fieldMapping';
import { LOG_FAMILIES, type LogFamily, type LogQuery } from '../../../shared/query/logQuery';
import type { SearchOptions } from '../../../shared/query/logSource';
import { queryFingerprint, type CursorBinding, type CursorEnvelope } from '../cursorEnvelope';
import type { CompileContext } from './compileClauses';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';
import { FieldCapabilitiesCache } from './FieldCapabilitiesCache';
import { LogCursor } from './logCursor';
import { fieldCapsFields, readFieldCapabilities, type FieldCapabilities } from './readFieldCapabilities';

export interface QueryContextsOptions {
  adapter: ElasticsearchAdapter;
  indexPatterns: Readonly<Record<LogFamily, string>>;
  mapping: FieldMapping;
  /** How long what we learned of the index mapping is trusted before asking again. */
  mappingTtlMs: number;
  now: () => number;
  /** Opens the cursors a query carries. */
  cursors: CursorEnvelope;
}

/** What every request of a query needs (see QueryContexts.forQuery). */
export interface PreparedQuery {
  capabilities: FieldCapabilities;
  ctx: CompileContext;
  binding: CursorBinding;
  previous: LogCursor | null;
}

/**
 * The compile contexts the cluster's requests are built in, from what each family's index mapping tells
 * (its keyword and word sub-fields), the operator's scope and the clock.
 */
export class QueryContexts {
  private readonly capabilities: FieldCapabilitiesCache;

  constructor(private readonly options: QueryContextsOptions) {
    this.capabilities = new FieldCapabilitiesCache(
      (family) => this.askCapabilities(family),
      options.mappingTtlMs,
      options.now,
    );
  }

  /**
   * What every request of a query needs: the mapping's capabilities, the compile context and what its
   * cursors are bound to. A cursor's clock wins, so facets and histogram of a paged query see its window.
   */
  async forQuery(query: LogQuery, options: SearchOptions): Promise<PreparedQuery> {
    const capabilities = await this.capabilities.of(query.family);
    const scopeClientIds = options.scopeClientIds ?? null;
    const binding: CursorBinding = {
      source: 'elasticsearch',
      family: query.family,
      operatorId: options.operatorId ?? null,
      fingerprint: queryFingerprint(query, scopeClientIds),
    };
    const previous = query.cursor ? this.options.cursors.open(query.cursor, LogCursor, binding) : null;
    const ctx: CompileContext = {
      mapping: this.options.mapping,
      scopeClientIds,
      nowMs: previous?.nowMs ?? this.options.now(),
      keywordFields: capabilities.keywordFields,
      wordFields: capabilities.wordFields,
    };
    return { capabilities, ctx, binding, previous };
  }

  /** The operational family's capabilities and a compile context on them, for type-ahead. */
  async forOperational(options: SearchOptions): Promise<{ capabilities: FieldCapabilities; ctx: CompileContext }> {
    const capabilities = await this.capabilities.of('operational');
    const ctx: CompileContext = {
      mapping: this.options.mapping,
      scopeClientIds: options.scopeClientIds ?? null,
      nowMs: this.options.now(),
      keywordFields: capabilities.keywordFields,
      wordFields: capabilities.wordFields,
    };
    return { capabilities, ctx };
  }

  /** A compile context knowing the keyword sub-fields of both families, for requests that read both. */
  async forBothFamilies(options: SearchOptions): Promise<CompileContext> {
    const [operational, activity] = await Promise.all([
      this.capabilities.of('operational'),
      this.capabilities.of('activity'),
    ]);
    return {
      mapping: this.options.mapping,
      scopeClientIds: options.scopeClientIds ?? null,
      nowMs: this.options.now(),
      keywordFields: { ...operational.keywordFields, ...activity.keywordFields },
    };
  }

  /** How free text is matched on each family whose indices can be read. */
  async textSearch(signal?: AbortSignal): Promise<Partial<Record<LogFamily, TextSearchPath>>> {
    const paths: Partial<Record<LogFamily, TextSearchPath>> = {};
    for (const family of LOG_FAMILIES) {
      if (signal?.aborted) break;
      try {
        paths[family] = (await this.capabilities.of(family)).textSearch;
      } catch {
        // No indices yet, or a mapping the console cannot read: the report says so elsewhere.
      }
    }
    return paths;
  }

  close(): void {
    this.capabilities.close();
  }

  /** The index mapping as it concerns us (see FieldCapabilitiesCache for how long it is trusted). */
  private async askCapabilities(family: LogFamily): Promise<FieldCapabilities> {
    const pattern = this.options.indexPatterns[family];
    const response = await this.options.adapter.fieldCaps(pattern, fieldCapsFields(family, this.options.mapping));
    return readFieldCapabilities(response, family, this.options.mapping, pattern);
  }
}
