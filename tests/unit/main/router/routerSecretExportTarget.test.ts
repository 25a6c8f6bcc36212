import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BundleSignerSource } from '../../../../src/main/export/signing/bundleKey';
import type { JournalRecord } from '../../../../src/main/journal/Journal';
import { createRouter, type Router } from '../../../../src/main/router/createRouter';
import { createExportService } from '../../../../src/main/services/createExportService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { refusalSentenceOf, type Result } from '../../../../src/shared/contract/errors';
import { exportTargetSecretProblem, type ExportJob } from '../../../../src/shared/contract/exportChannels';
import type { Operator } from '../../../../src/shared/domain/roles';
import { operationalLog } from '../sources/embedded/sampleLogs';
import { recordedHandlers } from './recordedHandlers';
import { refusingHandlers } from './refusingHandlers';

/**
 * An export's folder or file name that holds a full card number, an IBAN or a secret: the path would be
 * written on disk, into the journal and into the job's answer. The router refuses such a request at its
 * field, in the sentence the export dialog says as it is typed, before the export is reached: nothing is
 * written and the journal line holds no part of it.
 */

const CARD = '4111 1111 1111 1111';
const IBAN = 'DE89370400440532013000';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
/** What any part of these gives away. */
const GIVES_AWAY = /4111 ?1111|0532013000|eyJ/;

const auditor: Operator = { id: 'a1', name: 'Ada', role: 'auditor', scope: null };
const investigator: Operator = { id: 'i1', name: 'Ivy', role: 'investigator', scope: null };

let dir = '';
let source: EmbeddedLogSource;
let router: Router;
let operator = auditor;
const handled: string[] = [];
const journaled: JournalRecord[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secret-export-target-'));
  source = await EmbeddedLogSource.fromDocuments([operationalLog('op-1', 1)]);
  const current = { current: () => Promise.resolve(source) };
  const keyStore = { read: () => Promise.resolve(undefined), write: () => Promise.resolve() };
  const services = refusingHandlers(
    createExportService({
      dataSources: current,
      signer: new BundleSignerSource(keyStore),
      console: { name: 'Audit Console', version: 'test' },
      timeZone: () => 'UTC',
    }),
  );
  const handlers = recordedHandlers(services, handled);
  const journal = { record: (line: JournalRecord) => Promise.resolve(void journaled.push(line)) };
  router = createRouter({ handlers, currentOperator: () => operator, journal, log: () => undefined });
});

afterAll(async () => {
  await source.close();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  handled.length = 0;
  journaled.length = 0;
});

async function ask(who: Operator, channel: string, request: object): Promise<Result<unknown>> {
  operator = who;
  return router.handle(channel, request, { trusted: true });
}

/** Every file and folder under the export folder. */
const written = async (): Promise<string[]> => (await readdir(dir, { recursive: true })).map(String).sort();

const purpose = 'Review of a complaint';
const queries = [{ family: 'operational' }];
const exportOf = (target: object) => ({
  jobId: crypto.randomUUID(),
  format: 'ndjson',
  queries,
  target,
  purpose,
});
const bundleOf = (target: object) => ({ jobId: crypto.randomUUID(), queries, target, purpose });

/** [what is asked, who asks, channel, the request for a target, the file's extension]. */
const REQUESTS = [
  ['an export', auditor, 'export/start', exportOf, '.ndjson'],
  ['a bundle', investigator, 'bundle/start', bundleOf, '.acbundle'],
] as const;

/** [what the name holds, the text, the field it is put in]. */
const NAMES = [
  ['a card number', CARD, 'fileName'],
  ['an IBAN', IBAN, 'fileName'],
  ['a JWT', JWT, 'fileName'],
  ['a card number', CARD, 'directory'],
  ['a JWT', JWT, 'directory'],
] as const;

describe('an export whose folder or file name holds a secret, asked through the router', () => {
  for (const [what, who, channel, request, extension] of REQUESTS) {
    for (const [holds, secret, field] of NAMES) {
      it(`${what} with ${holds} in its ${field} is refused at the field, and nothing is written`, async () => {
        const target =
          field === 'fileName'
            ? { directory: dir, fileName: `client ${secret}${extension}` }
            : { directory: join(dir, `client ${secret}`), fileName: `evidence${extension}` };
        if (field === 'directory') await mkdir(target.directory, { recursive: true });
        const before = await written();
        const expected = exportTargetSecretProblem(
          field === 'fileName' ? 'The file name' : 'The folder path',
          field === 'fileName' ? target.fileName : target.directory,
        );

        const answer = await ask(who, channel, request(target));

        expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST', field: `target.${field}` });
        expect(expected).not.toBeNull();
        expect(answer.ok ? '' : refusalSentenceOf(answer)).toBe(expected);
        expect(answer.ok ? '' : answer.message).not.toMatch(GIVES_AWAY);
        expect(handled).toEqual([]);
        expect(await written()).toEqual(before);
        expect(journaled.map((line) => (line.kind === 'call' ? [line.channel, line.outcome] : line.kind))).toEqual([
          [channel, 'refused'],
        ]);
        expect(JSON.stringify(journaled)).not.toMatch(GIVES_AWAY);
        if (field === 'directory') await rm(target.directory, { recursive: true });
      });
    }
  }

  it('an export to an ordinary name is still written, and its answer says so', async () => {
    const answer = await ask(auditor, 'export/start', exportOf({ directory: dir, fileName: 'client 1111.ndjson' }));
    expect(answer).toMatchObject({ ok: true, data: { state: 'complete', rowsWritten: 1 } });
    expect(await written()).toContain('client 1111.ndjson');
  });
});

describe('an export job whose answer holds a card number, asked through the router', () => {
  it('is answered with the number withheld, its list of redactions as the export counted them', async () => {
    const job: ExportJob = {
      jobId: crypto.randomUUID(),
      format: 'csv',
      state: 'failed',
      summary: `Not exported: the disk refused /evidence/${CARD}.csv`,
      rowsWritten: 0,
      totalRows: 1,
      rowsPerSecond: 0,
      secondsLeft: null,
      bytesWritten: 0,
      startedAt: '2024-03-01T00:00:00.000Z',
      finishedAt: '2024-03-01T00:00:01.000Z',
      file: null,
      redactions: [{ rule: 'secret field', count: 2 }],
      signerFingerprint: null,
      failure: { code: 'UNAVAILABLE', message: `The disk refused /evidence/${CARD}.csv` },
    };
    const handlers = refusingHandlers({ 'export/status': () => Promise.resolve(job) });
    const journal = { record: () => Promise.resolve() };
    const statusRouter = createRouter({ handlers, currentOperator: () => auditor, journal, log: () => undefined });

    const answer = await statusRouter.handle('export/status', { jobId: job.jobId }, { trusted: true });

    expect(answer).toMatchObject({ ok: true, data: { state: 'failed', redactions: job.redactions } });
    expect(JSON.stringify(answer)).not.toMatch(GIVES_AWAY);
    expect(JSON.stringify(answer)).toContain('1111');
  });
});
