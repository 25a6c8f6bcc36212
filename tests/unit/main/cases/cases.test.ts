import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freezeTimeRange } from '../../../../src/shared/query/freezeTimeRange';
import type { CaseList, InvestigationCase, StarEventResult } from '../../../../src/shared/domain/investigationCase';
import { LogQuery } from '../../../../src/shared/query/logQuery';
import { caseRouterFixture, data, fields, investigator, supportLead } from './caseRouterFixture';

const { as, close, dir, journal } = caseRouterFixture();

describe('investigation cases', () => {
  it('are created, listed, hold pinned queries and starred events, survive a restart, and are deleted', async () => {
    let call = await as(investigator);
    const created = data<InvestigationCase>(await call('cases/create', fields));
    expect(created).toMatchObject({ ...fields, createdBy: 'Ivy', pinned: [], starred: [] });
    const query = { family: 'operational', timeRange: { kind: 'relative', last: '24h' }, text: 'wallet' };
    const pinned = data<InvestigationCase>(
      await call('cases/pin', { caseId: created.id, label: 'Operational logs', query }),
    );
    const range = pinned.pinned[0]?.query.timeRange;
    expect(range?.kind).toBe('absolute');
    if (range?.kind === 'absolute') expect(Date.parse(range.to ?? '') - Date.parse(range.from ?? '')).toBe(86_400_000);
    await call('cases/star', {
      caseId: created.id,
      family: 'operational',
      recordId: 'op-1',
      summary: 'wallet update by Ann',
      note: 'Changed two minutes before the withdrawal',
    });

    await close();
    call = await as(investigator);
    const list = data<CaseList>(await call('cases/list', {}));
    expect(list.cases).toEqual([expect.objectContaining({ id: created.id, pinnedCount: 1, starredCount: 1 })]);
    const reread = data<InvestigationCase>(await call('cases/get', { caseId: created.id }));
    expect(reread.starred[0]).toMatchObject({ recordId: 'op-1', note: 'Changed two minutes before the withdrawal' });

    expect(data(await call('cases/delete', { caseId: created.id }))).toEqual({ done: true });
    expect(data<CaseList>(await call('cases/list', {})).cases).toEqual([]);
    const missing = await call('cases/get', { caseId: created.id });
    expect(missing).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    const journaled = journal();
    for (const channel of ['cases/create', 'cases/pin', 'cases/star', 'cases/delete']) {
      expect(journaled).toContain(`"channel":"${channel}"`);
    }
  });

  it('unpins a query and unstars an event, leaving the rest; taking one out twice says it is gone', async () => {
    const call = await as(investigator);
    const created = data<InvestigationCase>(await call('cases/create', fields));
    for (const label of ['First', 'Second']) {
      data(await call('cases/pin', { caseId: created.id, label, query: { family: 'operational' } }));
    }
    const full = data<StarEventResult>(
      await call('cases/star', { caseId: created.id, family: 'activity', recordId: 'ev-1', summary: 'login' }),
    ).case;
    const [first, second] = full.pinned;
    const star = full.starred[0];
    if (!first || !second || !star) throw new Error('evidence missing');

    const unpin = { caseId: created.id, kind: 'pinned', itemId: first.id };
    expect(data(await call('cases/removeEvidence', unpin))).toEqual({ done: true });
    expect(data(await call('cases/removeEvidence', { caseId: created.id, kind: 'starred', itemId: star.id }))).toEqual({
      done: true,
    });
    const after = data<InvestigationCase>(await call('cases/get', { caseId: created.id }));
    expect(after.pinned.map((pin) => pin.label)).toEqual(['Second']);
    expect(after.starred).toEqual([]);
    expect(await call('cases/removeEvidence', unpin)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: 'This case has no such pinned query; it may have been taken out already.',
    });
    expect(journal()).toContain('"channel":"cases/removeEvidence"');
  });

  it('a full case refuses one more pinned query or starred event with the limit and the way on, and stays as it was', async () => {
    const call = await as(investigator);
    const created = data<InvestigationCase>(await call('cases/create', fields));
    const file = join(dir(), 'cases', `${created.id}.json`);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as InvestigationCase;
    const at = '2026-03-01T00:00:00.000Z';
    const full = {
      ...kept,
      pinned: Array.from({ length: 50 }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        label: `Pin ${i}`,
        query: { family: 'operational' },
        pinnedAt: at,
        pinnedBy: 'Ivy',
      })),
      starred: Array.from({ length: 20_000 }, (_, i) => ({
        id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
        family: 'activity',
        recordId: `ev-${i}`,
        summary: 'login',
        note: '',
        starredAt: at,
        starredBy: 'Ivy',
      })),
    };
    writeFileSync(file, JSON.stringify(full));

    expect(
      await call('cases/pin', { caseId: created.id, label: 'One more', query: { family: 'operational' } }),
    ).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message:
        'This case holds 50 pinned queries, the most a case can hold; unpin one to pin another, or start another case.',
    });
    expect(
      await call('cases/star', { caseId: created.id, family: 'activity', recordId: 'ev-new', summary: 'login' }),
    ).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message:
        'This case holds 20,000 starred events, the most a case can hold; unstar one to star another, or start another case.',
    });
    const after = data<InvestigationCase>(await call('cases/get', { caseId: created.id }));
    expect([after.pinned.length, after.starred.length]).toEqual([50, 20_000]);
  });

  it('keeps the grid a query was pinned from, and refuses one whose query that grid cannot show', async () => {
    const call = await as(investigator);
    const created = data<InvestigationCase>(await call('cases/create', fields));
    const client = { family: 'operational', filters: { clientId: ['C-1'] } };
    const kept = data<InvestigationCase>(
      await call('cases/pin', { caseId: created.id, label: 'Client C-1 · Logs', query: client, view: 'client' }),
    );
    expect(kept.pinned.map((pin) => pin.view)).toEqual(['client']);
    const refusals = [
      [{ family: 'activity' }, 'logs', 'Only an operational query is pinned from the operational logs page.'],
      [{ family: 'operational' }, 'client', "A query pinned from a client's page names that one client."],
    ] as const;
    for (const [query, view, message] of refusals) {
      const refused = await call('cases/pin', { caseId: created.id, label: 'Pinned', query, view });
      expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
      expect(!refused.ok && refused.message).toContain(message);
    }
    const after = data<InvestigationCase>(await call('cases/get', { caseId: created.id }));
    expect(after.pinned).toHaveLength(1);
  });

  it('a damaged case file is kept aside under a name of its own and named, never overwritten', async () => {
    const call = await as(investigator);
    const good = data<InvestigationCase>(await call('cases/create', fields));
    const damagedId = '5b0c6f0e-9a53-4c55-9c39-0d3c0f5f9a11';
    writeFileSync(join(dir(), 'cases', `${damagedId}.json`), '{"title": "half written');
    const list = data<CaseList>(await call('cases/list', {}));
    expect(list.cases.map((each) => each.id)).toEqual([good.id]);
    expect(list.setAside).toEqual([
      { keptAs: expect.stringMatching(/\.damaged-.*\.json$/), reason: 'it is not valid JSON', movedAside: true },
    ]);
    const files = readdirSync(join(dir(), 'cases'));
    expect(files).toContain(list.setAside[0]?.keptAs);
    expect(readFileSync(join(dir(), 'cases', list.setAside[0]?.keptAs ?? ''), 'utf8')).toBe('{"title": "half written');
  });

  it('a case file kept aside is named by every list read after the one that moved it, until it is dealt with', async () => {
    const call = await as(investigator);
    mkdirSync(join(dir(), 'cases'), { recursive: true });
    writeFileSync(join(dir(), 'cases', '5b0c6f0e-9a53-4c55-9c39-0d3c0f5f9a11.json'), '{"title": "half written');
    // The read that moves it may be one whose answer the operator never sees ("Add to case…" lists cases too).
    const moved = data<CaseList>(await call('cases/list', {}));
    const later = data<CaseList>(await call('cases/list', {}));
    expect(later.setAside).toEqual(moved.setAside);
    writeFileSync(join(dir(), 'cases', '0d9e2a4b-1c3f-4e5a-8b7c-6d5e4f3a2b1c.json'), '[]');
    const both = data<CaseList>(await call('cases/list', {}));
    expect(both.setAside.map((aside) => aside.reason)).toEqual([
      'it is not in the shape this version reads',
      'it is not valid JSON',
    ]);
    rmSync(join(dir(), 'cases', moved.setAside[0]?.keptAs ?? ''));
    expect(data<CaseList>(await call('cases/list', {})).setAside).toHaveLength(1);
  });

  it('bad input is refused with a sentence naming the field; a role without cases is refused', async () => {
    const call = await as(investigator);
    const untitled = await call('cases/create', { ...fields, title: ' ' });
    expect(untitled).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(!untitled.ok && untitled.message).toContain('Give the case a title');
    await close();
    const lead = await as(supportLead);
    expect(await lead('cases/list', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('freezes a relative range to the absolute UTC range it meant when pinned, and drops the cursor', () => {
    const query = LogQuery.parse({ family: 'activity', timeRange: { kind: 'relative', last: '1h' }, cursor: 'x' });
    expect(freezeTimeRange(query, Date.parse('2026-01-01T12:00:00Z'))).toMatchObject({
      timeRange: { kind: 'absolute', from: '2026-01-01T11:00:00.000Z', to: '2026-01-01T12:00:00.000Z' },
    });
    expect(freezeTimeRange(query, 0)).not.toHaveProperty('cursor');
  });
});
