import type { ConsoleUser } from '../../../scripts/elasticsearch/consoleUsers';
import type { InjectedViolation } from '../../../src/main/demoData/injectedViolation';
import type { FamilyCounts } from '../../../src/main/demoData/seedDocument';
import type { ElasticsearchConnection } from '../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { IndexPatterns } from '../../../src/main/sources/elasticsearch/indexTemplates';

/** What the global setup seeded, for tests to assert exact results against. */
export interface SeededFixture {
  readonly patterns: IndexPatterns;
  readonly fingerprint: string;
  readonly counts: FamilyCounts;
  /** First and last covered milliseconds: [startMs, endMs). */
  readonly startMs: number;
  readonly endMs: number;
  readonly violations: readonly InjectedViolation[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The cluster the integration tests run against (local node, or ES_URL). */
    elasticsearch: ElasticsearchConnection;
    /** The cluster users of each console role `npm run es:start` made, with their passwords. */
    consoleUsers: readonly ConsoleUser[];
    /** The shared seeded dataset; read it with `inject('seededFixture')`. */
    seededFixture: SeededFixture;
  }
}
