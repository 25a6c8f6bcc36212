import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PreferencesStore } from '../../../../src/main/preferences/PreferencesStore';
import { createRouter, type Handlers } from '../../../../src/main/router/createRouter';
import { createPreferenceService } from '../../../../src/main/services/createPreferenceService';
import { CHANNELS } from '../../../../src/shared/contract/channelMethods';
import type { Operator } from '../../../../src/shared/domain/roles';
import { LogQuery } from '../../../../src/shared/query/logQuery';

const ann: Operator = { id: 'corp/ann', name: 'Ann', role: 'auditor', scope: null };
const context = { operator: ann, signal: new AbortController().signal };
const savedAt = '2026-11-02T09:00:00.000Z';
const stored = (id: string, name: string, query: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  grid: 'operational',
  query: { family: 'operational', filters: {}, sort: { field: 'created', direction: 'desc' }, pageSize: 50, ...query },
  columns: [{ colId: 'created', width: 180 }],
  savedAt,
  ...extra,
});

const deletes = stored('good-1', 'Deletes', { filters: { action: ['delete'] } });
const errors = stored('good-2', 'Errors', { filters: { status: ['error'] } });
/** One view of each kind this version cannot open, each between readable ones. */
const BAD = {
  unknownField: stored('bad-field', 'By desk', { filters: { action: ['update'], desk: ['Desk 9'] } }),
  unknownOperator: stored('bad-operator', 'Not gets', { notIn: { action: ['get'] } }),
  wrongType: stored('bad-type', 'Fifty a page', { pageSize: 'fifty' }),
  tooLongName: stored('bad-name', 'N'.repeat(5000), { filters: { action: ['clone'] } }),
  unknownSort: stored('bad-sort', 'By region', { sort: { field: 'region', direction: 'asc' } }),
  unknownValue: stored('bad-value', 'Upserts', { filters: { action: ['upsert', 'delete'] } }),
  noId: { name: 'Written by hand', grid: 'operational', query: { family: 'operational', match: 'regex' } },
};

/** Ann's file with the bad views among two readable ones, and a setting a newer console keeps. */
async function seeded() {
  const dir = await mkdtemp(join(tmpdir(), 'prefs-unreadable-'));
  const handlers = createPreferenceService(new PreferencesStore(dir));
  // Saving once names the file for Ann; then it is written as a newer console (or a changed mapping) left it.
  await handlers['prefs/display/save']({ timeZone: 'utc' }, context);
  const [file] = await readdir(dir);
  if (!file) throw new Error('no preferences file was written');
  const views = [deletes, ...Object.values(BAD), errors];
  const content = { columns: {}, views, display: { timeZone: 'utc' }, recentClients: [], newerSetting: { x: 1 } };
  await writeFile(join(dir, file), JSON.stringify(content));
  const text = () => readFile(join(dir, file), 'utf8');
  const names = async () => (await handlers['views/list']({ grid: 'operational' }, context)).map((view) => view.name);
  const flagged = () => handlers['views/unreadable']({ grid: 'operational' }, context);
  /** Each bad view is in the file as it was written, character for character, and in its order. */
  const badKept = async (except: readonly object[] = []) => {
    const now = await text();
    const kept = Object.values(BAD).filter((view) => !except.includes(view));
    for (const view of kept) expect(now).toContain(JSON.stringify(view));
    const places = kept.map((view) => now.indexOf(JSON.stringify(view)));
    expect(places).toEqual([...places].sort((a, b) => a - b));
    expect(JSON.parse(now)).toMatchObject({ newerSetting: { x: 1 } });
  };
  return { dir, file, handlers, text, names, flagged, badKept };
}

describe('a preferences file with views this version cannot open', () => {
  it('opens every other view and preference, and flags each bad view with what is wrong and what to do', async () => {
    const { handlers, names, flagged } = await seeded();
    expect(await names()).toEqual(['Deletes', 'Errors']);
    expect(await handlers['prefs/display/get']({}, context)).toEqual({ timeZone: 'utc' });
    const problems = Object.fromEntries((await flagged()).map((view) => [view.key, view]));
    expect(Object.keys(problems)).toHaveLength(Object.keys(BAD).length);
    expect(problems['bad-field']?.problem).toBe(
      'It names the field “desk”, which this cluster no longer has: delete it, or open it without the filter on “desk” and save it under a name to keep it so.',
    );
    expect(problems['bad-field']?.openable?.query.filters).toEqual({ action: ['update'] });
    expect(problems['bad-operator']?.problem).toMatch(
      /^It uses “notIn”, which this version of the console cannot apply .*: delete it, or open it without “notIn”/,
    );
    expect(problems['bad-type']?.problem).toMatch(
      /^Its “query\.pageSize” is not what this version reads .*: delete it, or open it in the console that saved it\.$/,
    );
    expect(problems['bad-type']?.openable).toBeNull();
    expect(problems['bad-name']?.problem).toBe(
      'Its name has 5,000 characters, more than the 100 a view’s name may have: open it, save it under a shorter name, then delete this one.',
    );
    expect(problems['bad-name']?.name).toBe(`${'N'.repeat(120)}…`);
    expect(problems['bad-sort']?.problem).toMatch(
      /^It names the field “region”, .*open it without the sort by “region”/,
    );
    expect(problems['bad-value']?.problem).toMatch(
      /^It filters “action” on “upsert”, which this console does not know: .*without the value “upsert” of “action”/,
    );
    expect(problems['bad-value']?.openable?.query.filters).toEqual({ action: ['delete'] });
    const noId = Object.values(problems).find((view) => view.name === 'Written by hand');
    expect(noId?.key).toMatch(/^unreadable-[0-9a-f]{20}$/);
  });

  it('lists a bad view only on its own grid, and one of no known grid on every grid', async () => {
    const { dir, file, handlers } = await seeded();
    expect(await handlers['views/unreadable']({ grid: 'activity' }, context)).toEqual([]);
    expect(await handlers['views/list']({ grid: 'activity' }, context)).toEqual([]);
    await writeFile(join(dir, file), JSON.stringify({ views: [{ ...deletes, id: 'newer-grid', grid: 'sessions' }] }));
    for (const grid of ['operational', 'activity', 'clientLogs'] as const) {
      const [flagged] = await handlers['views/unreadable']({ grid }, context);
      expect(flagged).toMatchObject({ key: 'newer-grid', problem: expect.stringMatching(/^Its “grid” is not what/) });
    }
  });

  it('keeps every bad view byte for byte through a save, a rename, a replace and a delete next to it', async () => {
    const { handlers, names, badKept, flagged } = await seeded();
    const query = LogQuery.parse({ family: 'operational', filters: { action: ['get'] } });
    await handlers['views/save']({ name: 'Gets', grid: 'operational', query, columns: [] }, context);
    await badKept();
    await handlers['views/save'](
      { id: 'good-1', name: 'All deletes', grid: 'operational', query, columns: [] },
      context,
    );
    await badKept();
    await handlers['views/save']({ name: 'errors', grid: 'operational', query, columns: [] }, context);
    await badKept();
    await handlers['views/delete']({ id: 'good-2' }, context);
    await badKept();
    await handlers['prefs/columns/save']({ grid: 'operational', columns: [{ colId: 'action' }] }, context);
    await handlers['prefs/display/save']({ timeZone: 'local' }, context);
    await badKept();
    expect(await names()).toEqual(['All deletes', 'Gets']);
    expect(await flagged()).toHaveLength(Object.keys(BAD).length);
  });

  it('deletes a bad view by its key, and only that one', async () => {
    const { handlers, names, badKept, flagged } = await seeded();
    await handlers['views/delete']({ id: 'bad-field' }, context);
    await badKept([BAD.unknownField]);
    const noId = (await flagged()).find((view) => view.name === 'Written by hand');
    await handlers['views/delete']({ id: noId?.key ?? '' }, context);
    await badKept([BAD.unknownField, BAD.noId]);
    expect((await flagged()).map((view) => view.key)).not.toContain(noId?.key);
    expect(await names()).toEqual(['Deletes', 'Errors']);
  });

  it('is not damaged: Start afresh keeps nothing aside and leaves the file as it is', async () => {
    const { dir, handlers, text } = await seeded();
    const before = await text();
    expect(await handlers['prefs/reset']({}, context)).toEqual({ keptAs: null });
    expect(await text()).toBe(before);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('still calls a file damaged when its views are not a list at all', async () => {
    const { dir, file, handlers } = await seeded();
    await writeFile(join(dir, file), '{"views": {"id": "bad-field"}}');
    await expect(handlers['views/list']({ grid: 'operational' }, context)).rejects.toMatchObject({ code: 'CORRUPT' });
    await expect(handlers['views/unreadable']({ grid: 'operational' }, context)).rejects.toMatchObject({
      code: 'CORRUPT',
    });
  });

  it('sends a renderer no card number a flagged view holds, in its name or in its filters', async () => {
    const card = '4111111111111111';
    const { dir, file, handlers } = await seeded();
    const holding = stored('bad-card', `Card ${card}`, { filters: { clientId: [card], desk: ['x'] } });
    await writeFile(join(dir, file), JSON.stringify({ views: [holding] }));
    const unused = () => Promise.reject(new Error('not used here'));
    const router = createRouter({
      handlers: { ...Object.fromEntries(CHANNELS.map((channel) => [channel, unused])), ...handlers } as Handlers,
      currentOperator: () => ann,
      journal: { record: () => Promise.resolve() },
    });
    const answer = await router.handle('views/unreadable', { grid: 'operational' }, { trusted: true });
    expect(answer).toMatchObject({
      ok: true,
      data: [{ key: 'bad-card', openable: { without: 'the filter on “desk”' } }],
    });
    expect(JSON.stringify(answer)).not.toContain(card);
  });

  it('reads each other preference on its own: a part it cannot read is kept, and the rest works', async () => {
    const { dir, file, handlers, text } = await seeded();
    const unknownGrid = { sessions: [{ colId: 'createdAt' }] };
    const badLayout = [{ colId: '', width: 'wide' }];
    const newerDisplay = { timeZone: 'utc', dateFormat: 'iso-week' };
    const badClient = { id: 42 };
    const content = {
      columns: { ...unknownGrid, activity: badLayout, operational: [{ colId: 'created', width: 200 }] },
      views: [deletes],
      display: newerDisplay,
      recentClients: [badClient],
    };
    await writeFile(join(dir, file), JSON.stringify(content));
    expect(await handlers['prefs/display/get']({}, context)).toEqual({ timeZone: 'utc' });
    expect(await handlers['prefs/columns/get']({ grid: 'operational' }, context)).toEqual([
      { colId: 'created', width: 200 },
    ]);
    expect(await handlers['prefs/columns/get']({ grid: 'activity' }, context)).toEqual([]);
    const query = LogQuery.parse({ family: 'operational' });
    await handlers['views/save']({ name: 'All', grid: 'operational', query, columns: [] }, context);
    const saved = JSON.parse(await text()) as typeof content;
    expect(saved.columns).toEqual(content.columns);
    expect(saved.display).toEqual(newerDisplay);
    expect(saved.recentClients).toEqual([badClient]);
    await handlers['prefs/display/save']({ timeZone: 'local' }, context);
    expect((JSON.parse(await text()) as typeof content).display).toEqual({ ...newerDisplay, timeZone: 'local' });
    await handlers['prefs/columns/save']({ grid: 'activity', columns: [{ colId: 'createdAt' }] }, context);
    expect((JSON.parse(await text()) as typeof content).columns).toEqual({
      ...content.columns,
      activity: [{ colId: 'createdAt' }],
    });
  });

  it('names a few of many fields gone and counts the rest, and opens without all of them', async () => {
    const { dir, file, flagged } = await seeded();
    const gone = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((field) => [`desk_${field}`, ['x']]));
    await writeFile(join(dir, file), JSON.stringify({ views: [stored('many', 'Many', { filters: gone })] }));
    const [view] = await flagged();
    expect(view?.problem).toMatch(/^It names the fields “desk_a”, “desk_b”, “desk_c” and 3 more, which this cluster/);
    expect(view?.openable).toMatchObject({ query: { filters: {} }, without: expect.stringMatching(/ and 3 more$/) });
  });

  it('counts the views it cannot open toward the most one operator keeps, so the file never grows past it', async () => {
    const { dir, file, handlers, text } = await seeded();
    const full = [...Array.from({ length: 199 }, (_, at) => stored(`view-${at}`, `View ${at}`, {})), BAD.unknownField];
    await writeFile(join(dir, file), JSON.stringify({ views: full }));
    const before = await text();
    const query = LogQuery.parse({ family: 'operational' });
    await expect(
      handlers['views/save']({ name: 'One more', grid: 'operational', query, columns: [] }, context),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^Your view “One more” was not saved: .*counting those .*delete one/),
    });
    expect(await text()).toBe(before);
  });
});
