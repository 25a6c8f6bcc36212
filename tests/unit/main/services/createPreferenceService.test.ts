import { mkdtemp, readdir } from 'node:fs/promises';
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
const bob: Operator = { id: 'bob', name: 'Bob', role: 'auditor', scope: null };
const context = (operator: Operator) => ({ operator, signal: new AbortController().signal });

async function service() {
  const dir = await mkdtemp(join(tmpdir(), 'prefs-'));
  return { dir, handlers: createPreferenceService(new PreferencesStore(dir)) };
}

describe('operator preferences', () => {
  it('keeps column layouts per operator and per grid', async () => {
    const { handlers } = await service();
    const columns = [
      { colId: 'created', width: 180 },
      { colId: 'error', hide: true },
    ];
    await handlers['prefs/columns/save']({ grid: 'operational', columns }, context(ann));
    expect(await handlers['prefs/columns/get']({ grid: 'operational' }, context(ann))).toEqual(columns);
    expect(await handlers['prefs/columns/get']({ grid: 'activity' }, context(ann))).toEqual([]);
    expect(await handlers['prefs/columns/get']({ grid: 'operational' }, context(bob))).toEqual([]);
  });

  it('reads a layout that hides every column as the default layout, for the grid and for a view', async () => {
    const { handlers } = await service();
    const blank = [
      { colId: 'created', width: 180, hide: true },
      { colId: 'action', hide: true },
    ];
    await handlers['prefs/columns/save']({ grid: 'operational', columns: blank }, context(ann));
    expect(await handlers['prefs/columns/get']({ grid: 'operational' }, context(ann))).toEqual([]);
    const query = LogQuery.parse({ family: 'operational' });
    await handlers['views/save']({ name: 'Blank', grid: 'operational', query, columns: blank }, context(ann));
    const [view] = await handlers['views/list']({ grid: 'operational' }, context(ann));
    expect(view?.columns).toEqual([]);
  });

  it('saves, lists, replaces by name and deletes views; concurrent saves are not lost', async () => {
    const { dir, handlers } = await service();
    const query = LogQuery.parse({ family: 'operational', filters: { action: ['delete'] } });
    const saved = await Promise.all(
      ['Deletes', 'Errors', 'Webhooks'].map((name) =>
        handlers['views/save']({ name, grid: 'operational', query, columns: [] }, context(ann)),
      ),
    );
    expect(
      (await handlers['views/list']({ grid: 'operational' }, context(ann))).map((view) => view.name).sort(),
    ).toEqual(['Deletes', 'Errors', 'Webhooks']);
    await handlers['views/save'](
      { name: 'Deletes', grid: 'operational', query, columns: [{ colId: 'created' }] },
      context(ann),
    );
    const views = await handlers['views/list']({ grid: 'operational' }, context(ann));
    expect(views).toHaveLength(3);
    expect(views.find((view) => view.name === 'Deletes')?.columns).toEqual([{ colId: 'created' }]);
    await handlers['views/delete']({ id: saved[1]?.id ?? '' }, context(ann));
    expect(
      (await handlers['views/list']({ grid: 'operational' }, context(ann))).map((view) => view.name).sort(),
    ).toEqual(['Deletes', 'Webhooks']);
    expect(await handlers['views/list']({ grid: 'operational' }, context(bob))).toEqual([]);
    expect((await readdir(dir)).every((name) => /^[0-9a-f]{32}\.json$/.test(name))).toBe(true);
  });

  it('changes a view in place by id: renamed or replaced, keeping its id; a taken name or a gone view is refused', async () => {
    const { handlers } = await service();
    const query = LogQuery.parse({ family: 'operational', filters: { action: ['delete'] } });
    const deletes = await handlers['views/save'](
      { name: 'Deletes', grid: 'operational', query, columns: [] },
      context(ann),
    );
    await handlers['views/save']({ name: 'Errors', grid: 'operational', query, columns: [] }, context(ann));
    const renamed = await handlers['views/save'](
      { id: deletes.id, name: 'Removals', grid: 'operational', query, columns: [{ colId: 'action' }] },
      context(ann),
    );
    expect(renamed.id).toBe(deletes.id);
    const views = await handlers['views/list']({ grid: 'operational' }, context(ann));
    expect(views.map((view) => [view.name, view.id === deletes.id])).toEqual([
      ['Removals', true],
      ['Errors', false],
    ]);
    await expect(
      handlers['views/save']({ id: deletes.id, name: 'Errors', grid: 'operational', query, columns: [] }, context(ann)),
    ).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: 'Another view is already named “Errors”; choose another name.',
    });
    await expect(
      handlers['views/save']({ id: deletes.id, name: 'Mine', grid: 'operational', query, columns: [] }, context(bob)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await handlers['views/list']({ grid: 'operational' }, context(ann))).toHaveLength(2);
  });

  it('reads a view name as a list shows it: a new view named alike replaces that one, keeping its name; renaming to one is refused', async () => {
    const { handlers } = await service();
    const query = LogQuery.parse({ family: 'operational', filters: { action: ['delete'] } });
    const deletes = await handlers['views/save'](
      { name: 'Deletes', grid: 'operational', query, columns: [] },
      context(ann),
    );
    const replaced = await handlers['views/save'](
      { name: ' deletes ', grid: 'operational', query, columns: [{ colId: 'action' }] },
      context(ann),
    );
    expect(replaced).toMatchObject({ id: deletes.id, name: 'Deletes', columns: [{ colId: 'action' }] });
    expect(
      (await handlers['views/list']({ grid: 'operational' }, context(ann))).map((view) => [view.id, view.name]),
    ).toEqual([[deletes.id, 'Deletes']]);
    // Another grid's view of that name is another view.
    await handlers['views/save']({ name: 'DELETES', grid: 'activity', query, columns: [] }, context(ann));
    expect(await handlers['views/list']({ grid: 'activity' }, context(ann))).toHaveLength(1);

    const errors = await handlers['views/save'](
      { name: 'Errors', grid: 'operational', query, columns: [] },
      context(ann),
    );
    await expect(
      handlers['views/save'](
        { id: errors.id, name: '\uff24ELETES', grid: 'operational', query, columns: [] },
        context(ann),
      ),
    ).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: 'Another view is already named “Deletes”; choose another name.',
    });
    const ownName = await handlers['views/save'](
      { id: deletes.id, name: 'DELETES', grid: 'operational', query, columns: [] },
      context(ann),
    );
    expect(ownName).toMatchObject({ id: deletes.id, name: 'DELETES' });
  });

  it('saves into a view an older version kept with a hidden character in its name, by its id, keeping that name', async () => {
    const { dir, handlers } = await service();
    const store = new PreferencesStore(dir);
    const legacyName = 'Deletes\u200B';
    const query = LogQuery.parse({ family: 'operational', filters: { action: ['delete'] } });
    const legacy = { id: 'legacy-view', name: legacyName, grid: 'operational' as const, query, columns: [] };
    await store.update(
      ann.id,
      (current) => ({ ...current, views: [{ ...legacy, savedAt: '2025-01-01T00:00:00.000Z' }] }),
      'not kept',
    );
    const router = createRouter({
      handlers: { ...refusing(), ...handlers } as Handlers,
      currentOperator: () => ann,
      journal: { record: () => Promise.resolve() },
    });
    const trusted = { trusted: true };
    const columns = [{ colId: 'created', width: 200 }];
    const wider = LogQuery.parse({ family: 'operational', text: 'refund' });
    expect(
      await router.handle('views/save', { id: legacy.id, grid: 'operational', query: wider, columns }, trusted),
    ).toMatchObject({ ok: true, data: { id: legacy.id, name: legacyName, query: wider, columns } });
    expect(await handlers['views/list']({ grid: 'operational' }, context(ann))).toMatchObject([
      { id: legacy.id, name: legacyName, query: wider, columns },
    ]);
    // A name given, as in a rename, still may not hold one.
    expect(await router.handle('views/save', { ...legacy, name: 'Refunds\u200B' }, trusted)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      field: 'name',
    });
    // A new view still needs a name.
    expect(await router.handle('views/save', { grid: 'operational', query, columns }, trusted)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      field: 'name',
      message: expect.stringContaining('Give the view a name'),
    });
  });

  it('refuses a view past the most one operator keeps with the limit and the way on; replacing one by name still works', async () => {
    const { handlers } = await service();
    const query = LogQuery.parse({ family: 'operational' });
    for (let i = 0; i < 200; i++) {
      const grid = i % 2 === 0 ? 'operational' : 'activity';
      await handlers['views/save']({ name: `View ${i}`, grid, query, columns: [] }, context(ann));
    }
    await expect(
      handlers['views/save']({ name: 'One more', grid: 'operational', query, columns: [] }, context(ann)),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'You keep 200 saved views, the most the console keeps for one operator; delete one to save another.',
    });
    const replaced = await handlers['views/save'](
      { name: 'View 0', grid: 'operational', query, columns: [{ colId: 'action' }] },
      context(ann),
    );
    const listed = await handlers['views/list']({ grid: 'operational' }, context(ann));
    expect(listed).toHaveLength(100);
    expect(listed.find((view) => view.name === 'View 0')?.id).toBe(replaced.id);
  });

  it("keeps each operator's time zone choice, through the router and across a restart", async () => {
    const { dir, handlers } = await service();
    let operator = ann;
    const routerOver = (preferences: typeof handlers) =>
      createRouter({
        handlers: { ...refusing(), ...preferences } as Handlers,
        currentOperator: () => operator,
        journal: { record: () => Promise.resolve() },
      });
    const router = routerOver(handlers);
    const trusted = { trusted: true };
    expect(await router.handle('prefs/display/get', {}, trusted)).toEqual({ ok: true, data: { timeZone: 'local' } });
    expect(await router.handle('prefs/display/save', { timeZone: 'utc' }, trusted)).toEqual({
      ok: true,
      data: { timeZone: 'utc' },
    });
    expect(await router.handle('prefs/display/save', { timeZone: 'mars' }, trusted)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      field: 'timeZone',
    });
    operator = bob;
    expect(await router.handle('prefs/display/get', {}, trusted)).toEqual({ ok: true, data: { timeZone: 'local' } });
    operator = ann;
    const restarted = routerOver(createPreferenceService(new PreferencesStore(dir)));
    expect(await restarted.handle('prefs/display/get', {}, trusted)).toEqual({ ok: true, data: { timeZone: 'utc' } });
  });
});

function refusing(): Partial<Handlers> {
  return Object.fromEntries(CHANNELS.map((channel) => [channel, () => Promise.reject(new Error('not used here'))]));
}
