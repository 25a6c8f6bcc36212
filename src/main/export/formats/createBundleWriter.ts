import { BUNDLE_FILES, type BundleCase, type BundleQuery, type Custody } from '../../../shared/domain/bundleFormat';
import { redactionCounts } from '../../redaction/redactionPolicy';
import { redactSecrets } from '../../redaction/redactSecrets';
import type { RedactionRule, RedactionTally } from '../../redaction/redactionTally';
import { BundleWriter } from '../bundle/BundleWriter';
import { ExportFile } from '../ExportFile';
import type { PlannedQuery } from '../planQueries';
import type { BundleSigner } from '../signing/bundleKey';
import type { FormatWriter } from './FormatWriter';

export interface BundleDetails {
  createdAt: Date;
  signer: BundleSigner;
  /** The custody record but for what redaction removed, which is known only at the end. */
  custody: Omit<Custody, 'redaction'> & { redaction: Omit<Custody['redaction'], 'removed'> };
  case: BundleCase | undefined;
  /** What redaction removed from the records so far; the queries and notes add theirs at the end. */
  tally: RedactionTally;
  /** Where the bundle's scratch files go: its own folder. */
  directory: string;
  fileName: string;
}

function redacted<T>(value: T, tally: RedactionTally): T {
  const result = redactSecrets(value);
  for (const [rule, count] of Object.entries(result.tally.byRule)) tally.add(rule as RedactionRule, count);
  return result.value;
}

/** The bundle format: the records and their hashes per query, then queries, case, custody, manifest, signature. */
export async function createBundleWriter(file: ExportFile, details: BundleDetails): Promise<FormatWriter> {
  const writer = new BundleWriter(file, details.createdAt, () =>
    ExportFile.scratch(details.directory, `${details.fileName}.hashes`),
  );
  await writer.start();
  const queries: BundleQuery[] = [];
  return {
    beginQuery: (query) => writer.beginRecords(query.number),
    write: (batch) => writer.writeRecords(batch),
    async endQuery(query: PlannedQuery, hitCount: number) {
      const written = await writer.endRecords();
      queries.push({
        number: query.number,
        family: query.family,
        // Text typed into a search box can hold a secret too: it is bundled redacted, like the records.
        query: redacted(query.query, details.tally),
        requested: redacted(query.requested, details.tally),
        resolvedAt: details.createdAt.toISOString(),
        scopeClientIds: query.scopeClientIds ? [...query.scopeClientIds] : null,
        hitCount,
        exported: written.count,
        resultSetSha256: written.resultSetSha256,
        records: written.records,
        recordHashes: written.recordHashes,
      });
    },
    async finish() {
      await writer.addFile(BUNDLE_FILES.queries, { queries });
      const notes = redacted(details.case ?? { notes: [], stars: [] }, details.tally);
      await writer.addFile(BUNDLE_FILES.case, notes);
      const custody: Custody = {
        ...details.custody,
        redaction: { ...details.custody.redaction, removed: redactionCounts(details.tally.byRule) },
      };
      await writer.addFile(BUNDLE_FILES.custody, custody);
      const records = queries.reduce((sum, query) => sum + query.exported, 0);
      await writer.finish(details.signer, records, queries.length);
      return { signerFingerprint: details.signer.fingerprint };
    },
    abort: () => writer.abort(),
  };
}
