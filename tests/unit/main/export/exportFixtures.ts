import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import type { OperationalLog } from '../../../../src/shared/domain/operationalLog';
import type { Operator } from '../../../../src/shared/domain/roles';
import { LogQuery, type LogQueryInput } from '../../../../src/shared/query/logQuery';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { ExportProgress } from '../../../../src/main/export/ExportProgress';
import { runExport, type ExportEnvironment, type ExportPlan } from '../../../../src/main/export/runExport';
import { BundleSignerSource } from '../../../../src/main/export/signing/bundleKey';
import { FileBundleKeyStore } from '../../../../src/main/export/signing/BundleKeyStore';
import { activityEvent, operationalLog } from '../sources/embedded/sampleLogs';

/** A Visa test number passing Luhn, a password and an IBAN, planted where careless producers log them. */
export const PLANTED_CARD = '4111 1111 1111 1111';
export const PLANTED_PASSWORD = 'hunter2-Secret!';
export const PLANTED_IBAN = 'DE89370400440532013000';

/** `count` operational logs over four clients, every 97th with a card number in its description. */
export function operationalLogs(count: number): OperationalLog[] {
  return Array.from({ length: count }, (_, index) =>
    operationalLog(`op${String(index).padStart(6, '0')}`, index, {
      client: { id: `c${index % 4}`, name: `Client ${index % 4}` },
      description:
        index % 97 === 0 ? `Card ${PLANTED_CARD} charged, "quoted", with, commas` : `Updated wallet ${index}`,
      error: index % 101 === 0 ? `{"password":"${PLANTED_PASSWORD}","code":"E1"}` : null,
    }),
  );
}

/** `count` activity events, nested metadata included, every 50th with an IBAN in its metadata. */
export function activityEvents(count: number): ClientActivity[] {
  return Array.from({ length: count }, (_, index) =>
    activityEvent(`ev${String(index).padStart(6, '0')}`, index, {
      clientId: `c${index % 4}`,
      metadata: { nested: { level: index, tags: ['a', 'b'] }, ...(index % 50 === 0 ? { iban: PLANTED_IBAN } : {}) },
    }),
  );
}

export const INVESTIGATOR: Operator = { id: 'ivy', name: 'Ivy Investigator', role: 'investigator', scope: null };
export const SCOPED_AUDITOR: Operator = {
  id: 'sam',
  name: 'Sam Scoped',
  role: 'auditor',
  scope: { clientIds: ['c1', 'c3'] },
};

export function query(input: LogQueryInput): LogQuery {
  return LogQuery.parse(input);
}

export async function sourceOf(
  operational: readonly OperationalLog[],
  activity: readonly ClientActivity[] = [],
): Promise<EmbeddedLogSource> {
  return EmbeddedLogSource.fromDocuments([...operational, ...activity], {
    identity: { label: 'test store', file: null, details: { purpose: 'unit test' } },
  });
}

export interface Workspace {
  dir: string;
  keys: BundleSignerSource;
  cleanup(): Promise<void>;
}

export async function workspace(): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'audit-export-'));
  return {
    dir,
    keys: new BundleSignerSource(new FileBundleKeyStore(join(dir, 'keys', 'bundle-signing-key.pem'))),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export function environment(
  source: EmbeddedLogSource,
  keys: BundleSignerSource,
  overrides: Partial<ExportEnvironment> = {},
): ExportEnvironment {
  return {
    source,
    operator: INVESTIGATOR,
    signal: new AbortController().signal,
    console: { name: 'Audit Console', version: '0.0.0-test' },
    signer: () => keys.get(),
    progress: new ExportProgress(),
    pageSize: 1_000,
    ...overrides,
  };
}

export function plan(dir: string, overrides: Partial<ExportPlan> & Pick<ExportPlan, 'format' | 'queries'>): ExportPlan {
  const extension = { csv: '.csv', ndjson: '.ndjson', bundle: '.acbundle' }[overrides.format];
  return {
    target: { directory: dir, fileName: `evidence${extension}`, replace: false },
    purpose: 'Ticket INC-42: review of wallet changes',
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

export { runExport };
