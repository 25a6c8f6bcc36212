import { bundleKeyFile } from '../../../src/main/createConsole';
import { ExportProgress } from '../../../src/main/export/ExportProgress';
import { runExport } from '../../../src/main/export/runExport';
import { BundleSignerSource } from '../../../src/main/export/signing/bundleKey';
import { FileBundleKeyStore } from '../../../src/main/export/signing/BundleKeyStore';
import { EmbeddedLogSource } from '../../../src/main/sources/embedded/EmbeddedLogSource';
import type { BundleCase } from '../../../src/shared/domain/bundleFormat';
import type { ClientActivity } from '../../../src/shared/domain/clientActivity';
import type { Operator } from '../../../src/shared/domain/roles';
import type { OperationalLog } from '../../../src/shared/domain/operationalLog';
import type { SourceIdentity } from '../../../src/shared/query/logSource';
import { LogQuery } from '../../../src/shared/query/logQuery';

/** The descriptions of the bundle's records, each telling itself apart from any demo or fixture log. */
export const BUNDLE_DESCRIPTIONS = ['Evidence: wallet W-1 frozen', 'Evidence: card reissued', 'Evidence: limit raised'];

function evidence(index: number, description: string): OperationalLog {
  return {
    id: `evidence-${index}`,
    created: new Date(Date.now() - (index + 1) * 60_000).toISOString(),
    action: 'update',
    description,
    client: { id: 'c-evidence', name: 'Erin Evidence' },
    employee: { id: 'e-evidence', name: 'Eve Examiner' },
    api: null,
    businessModel: 'Clients',
    subModel: 'Wallets',
    origin: 'internal',
    status: 'info',
    error: null,
    relatedOperation: null,
    impactedTable: 'wallets',
    source: 'UI',
    appInstance: 'crm-1',
    requestPath: '/graphql',
  };
}

/** What a bundle's custody record says, where a test needs other words than an investigator's on the demo. */
export interface TestCustody {
  operator?: Operator;
  purpose?: string;
  /** Where the records say they came from. */
  source?: SourceIdentity;
}

/** A bundle's queries other than the one over all records of its family, and what the source holds beside. */
export interface TestQueries {
  /** The queries the export runs, as an operator asked for them (each parsed as a LogQuery). */
  queries: readonly object[];
  /** Records the source holds beside the three operational ones (or the `activity` events). */
  more?: readonly (OperationalLog | ClientActivity)[];
}

/**
 * A signed bundle of three operational records, as an investigator exported it on the workstation whose
 * data folder is `dataDir` (signed with that folder's key), written to `folder/fileName`; with `carried`,
 * the bundle of a case that holds those notes and stars; with `activity`, a bundle of those activity events
 * instead, and no operational record; with `asked`, what those queries matched of those records and more.
 */
export async function writeTestBundle(
  dataDir: string,
  folder: string,
  fileName: string,
  custody: TestCustody = {},
  carried?: BundleCase,
  activity?: readonly ClientActivity[],
  asked?: TestQueries,
): Promise<string> {
  const documents = await EmbeddedLogSource.fromDocuments(
    [...(activity ?? BUNDLE_DESCRIPTIONS.map((text, index) => evidence(index, text))), ...(asked?.more ?? [])],
    {
      identity: { label: 'demo workspace', file: null, details: {} },
    },
  );
  const identity = custody.source;
  // The same records, described as the custody record should name their source.
  const source: typeof documents = identity
    ? Object.assign(Object.create(documents) as typeof documents, { describe: () => Promise.resolve(identity) })
    : documents;
  const keys = new BundleSignerSource(new FileBundleKeyStore(bundleKeyFile(dataDir)));
  try {
    const outcome = await runExport(
      {
        format: 'bundle',
        queries: asked
          ? asked.queries.map((query) => LogQuery.parse(query))
          : [LogQuery.parse({ family: activity ? 'activity' : 'operational' })],
        target: { directory: folder, fileName, replace: false },
        purpose: custody.purpose ?? 'Ticket INC-77: wallet freeze evidence',
        timeZone: 'UTC',
        ...(carried ? { case: carried } : {}),
      },
      {
        source,
        operator: custody.operator ?? { id: 'ivy', name: 'Ivy Investigator', role: 'investigator', scope: null },
        signal: new AbortController().signal,
        console: { name: 'Audit Console', version: 'e2e' },
        signer: () => keys.get(),
        progress: new ExportProgress(),
      },
    );
    return outcome.path;
  } finally {
    await documents.close();
  }
}
