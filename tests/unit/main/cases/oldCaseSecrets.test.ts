import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexBundle, readEntry } from '../../../../src/main/export/bundle/bundleIndex';
import type { ExportJob } from '../../../../src/shared/contract/exportChannels';
import { BUNDLE_FILES, type BundleCase } from '../../../../src/shared/domain/bundleFormat';
import type { CaseList, InvestigationCase, StarEventResult } from '../../../../src/shared/domain/investigationCase';
import { caseRouterFixture, data, fields, investigator } from './caseRouterFixture';

const CARD = '4111 1111 1111 1111';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
/** Any piece of either secret that would give it away, however it was spaced. */
const GIVES_AWAY = [CARD, CARD.replaceAll(' ', ''), JWT, 'eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiIxIn0'];

/** A small demo workspace: a real embedded store, so a bundle can be written from it. */
const { as, dir, journal } = caseRouterFixture({
  demo: { dataset: { clients: 4, days: 1, seed: 'old-case-secrets', endDate: '2024-03-02' } },
});
let exportsDir: string;

beforeEach(() => {
  exportsDir = mkdtempSync(join(tmpdir(), 'old-case-bundle-'));
});
afterEach(() => {
  rmSync(exportsDir, { recursive: true, force: true });
});

/** A case file as an earlier console wrote it, before main refused card numbers and tokens in its text. */
function writtenByAnEarlierConsole(kept: InvestigationCase): InvestigationCase {
  const older: InvestigationCase = {
    ...kept,
    title: `Chargeback on ${CARD}`,
    purpose: `Replayed session ${JWT}`,
    reference: `INC ${CARD}`,
    starred: kept.starred.map((star) => ({ ...star, note: `Paid with ${CARD}, session ${JWT}` })),
  };
  writeFileSync(join(dir(), 'cases', `${kept.id}.json`), JSON.stringify(older));
  return older;
}

/** What a bundle carries of a case, as the case card builds it: its fields, its purpose as a note, its stars. */
function bundleCaseOf(found: InvestigationCase): BundleCase {
  return {
    title: found.title,
    reference: found.reference,
    notes: [{ at: found.createdAt, author: found.createdBy, text: found.purpose }],
    stars: found.starred.map((star) => ({
      family: star.family,
      recordId: star.recordId,
      note: star.note,
      at: star.starredAt,
    })),
  };
}

function expectNothingGivenAway(text: string): void {
  for (const piece of GIVES_AWAY) expect(text).not.toContain(piece);
}

/** The bundle's bytes as written, and its case file read out of it. */
async function readBundle(path: string): Promise<{ bytes: string; bundled: BundleCase }> {
  const bytes = readFileSync(path).toString('latin1');
  const handle = await open(path);
  try {
    const index = await indexBundle(handle, (await handle.stat()).size, path);
    const entry = index.entries.find((each) => each.name === BUNDLE_FILES.case);
    if (!entry) throw new Error('the bundle holds no case file');
    return { bytes, bundled: JSON.parse((await readEntry(handle, entry)).toString('utf8')) as BundleCase };
  } finally {
    await handle.close();
  }
}

describe('a case saved by an earlier console with a card number and a token in its text', () => {
  it('is read back with both replaced, and a bundle of it carries neither, even when sent as written', async () => {
    const call = await as(investigator);
    const created = data<InvestigationCase>(await call('cases/create', fields));
    const starred = data<StarEventResult>(
      await call('cases/star', {
        caseId: created.id,
        family: 'operational',
        recordId: 'op-1',
        summary: 'wallet update by Ann',
        note: 'Changed two minutes before the withdrawal',
      }),
    ).case;
    const older = writtenByAnEarlierConsole(starred);

    // What the Investigations page reads: the list of cases and the case itself.
    const list = JSON.stringify(data<CaseList>(await call('cases/list', {})));
    const read = data<InvestigationCase>(await call('cases/get', { caseId: created.id }));
    expectNothingGivenAway(list);
    expectNothingGivenAway(JSON.stringify(read));
    expect(read.title).toMatch(/^Chargeback on \[redacted: /);
    expect(read.starred[0]?.note).toMatch(/^Paid with \[redacted: .*, session \[redacted: /);

    // Exported from the page (what it read) and sent as the file holds it, by a renderer that kept it.
    for (const [name, bundleCase] of [
      ['as-read.acbundle', bundleCaseOf(read)],
      ['as-written.acbundle', bundleCaseOf(older)],
    ] as const) {
      const job = data<ExportJob>(
        await call('bundle/start', {
          jobId: randomUUID(),
          queries: [{ family: 'operational' }],
          target: { directory: exportsDir, fileName: name },
          purpose: 'Ticket INC-7: chargeback evidence',
          case: bundleCase,
        }),
      );
      expect(job.state).toBe('complete');
      const { bytes, bundled } = await readBundle(join(exportsDir, name));
      expectNothingGivenAway(bytes);
      expect(bundled.title).toMatch(/^Chargeback on \[redacted: /);
      expect(bundled.notes.map((note) => note.text)).toEqual([expect.stringMatching(/^Replayed session \[redacted: /)]);
      expect(bundled.stars.map((star) => star.note)).toEqual([expect.stringMatching(/^Paid with \[redacted: /)]);
    }
    expectNothingGivenAway(journal());
  });
});
