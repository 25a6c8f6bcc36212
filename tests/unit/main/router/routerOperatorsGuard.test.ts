import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../src/main/access/operatorFromClusterUser';
import { createRouter } from '../../../../src/main/router/createRouter';
import { createSettingsService } from '../../../../src/main/services/createSettingsService';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import type { OperatorIdentity } from '../../../../src/shared/domain/identity';
import { Settings } from '../../../../src/shared/domain/settings';
import { startSettingsConsole, type SettingsConsole } from '../../../integration/support/startSettingsConsole';
import { refusingHandlers } from './refusingHandlers';

/**
 * The hostile reading of a console admin's save of the workstation's operators, through the whole router as a
 * renderer calls it, on a workstation whose roles come from its own settings (the demo workspace): a list that
 * takes Settings away from the admin who saves it is refused unless the request acknowledges it, and a list
 * that leaves the workstation without any console admin is refused outright; either way the settings file is
 * left as it was.
 */

/** The workstation user the console runs as (see startSettingsConsole). */
const ME = 'admin';
const line = (id: string, role: string) => ({ id, name: id.toUpperCase(), role, scope: null });

let open: SettingsConsole;
const settingsFile = () => readFile(join(open.dir, 'settings.json'), 'utf8');
const save = (operators: object[], defaultRole: string, acknowledgeWarnings?: boolean) =>
  open.call('settings/operators/save', {
    operators,
    defaultRole,
    ...(acknowledgeWarnings === undefined ? {} : { acknowledgeWarnings }),
  });

/** Expects a save refused as `field` and `says` say, with the settings file and the admin's rights as they were. */
async function expectRefused(saving: Promise<unknown>, field: string, says: string): Promise<void> {
  const before = await settingsFile();
  const refused = await saving;
  expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST', field });
  expect((refused as { message: string }).message).toContain(says);
  expect(await settingsFile()).toBe(before);
  expect(await open.call('settings/get', {})).toMatchObject({ ok: true });
}

beforeEach(async () => {
  open = await startSettingsConsole();
  // The admin lists themselves as the console admin, and one auditor: the settings file now exists.
  expect(await save([line(ME, 'admin'), line('kim', 'auditor')], 'auditor')).toMatchObject({ ok: true });
});
afterEach(() => open.close());

describe('an admin’s save of operators that takes Settings away from them, through the router', () => {
  const LOSES = 'Not saved: with these operators your role (admin) would be';

  it('is refused while not acknowledged, whether they are listed with another role or not listed at all', async () => {
    await expectRefused(
      save([line(ME, 'auditor'), line('kim', 'admin')], 'auditor'),
      'acknowledgeWarnings',
      `${LOSES} Auditor, and you could no longer change Settings. List yourself as a Console admin to keep them`,
    );
    await expectRefused(
      save([line('kim', 'admin')], 'riskOfficer', false),
      'acknowledgeWarnings',
      `${LOSES} Risk officer`,
    );
  });

  it('is saved once acknowledged, and the admin is an auditor from the next call on', async () => {
    const saved = await save([line(ME, 'auditor'), line('kim', 'admin')], 'auditor', true);
    expect(saved).toMatchObject({ ok: true, data: { operators: [{ id: ME, role: 'auditor' }, { id: 'kim' }] } });
    expect(await open.call('settings/get', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('needs no acknowledgement while the admin stays one: listed so, or admin the role of users not listed', async () => {
    expect(await save([line(ME, 'admin'), line('kim', 'supportLead')], 'auditor')).toMatchObject({ ok: true });
    expect(await save([line('kim', 'auditor')], 'admin')).toMatchObject({ ok: true });
    expect(await save([], 'auditor')).toMatchObject({ ok: true, data: { operators: [] } });
  });
});

describe('a save of operators that leaves the workstation with no console admin, through the router', () => {
  it('is refused even when acknowledged, saying what to do', async () => {
    const says =
      'No one would be a console admin on this workstation, so nobody could change Settings again: make one ' +
      'operator (yourself, say) a Console admin, or make Console admin the role of users not listed.';
    await expectRefused(save([line(ME, 'auditor'), line('kim', 'supportLead')], 'auditor'), 'operators', says);
    await expectRefused(save([line(ME, 'investigator')], 'riskOfficer', true), 'operators', says);
  });
});

describe('whose Settings a save takes away: the caller the handler is given', () => {
  /** A router whose caller is an admin vouched for by `source`, over settings kept in memory. */
  function routerFor(source: OperatorIdentity['source']) {
    let settings = Settings.parse({});
    const caller: Caller = {
      operator: { id: ME, name: 'Admin', role: 'admin', scope: null },
      identity: { source, user: ME, realm: null, clusterRoles: [], role: 'admin', scope: null, notice: null },
      refusal: null,
      ...(source === 'unresolved' ? { unvouched: ['app:read', 'settings:manage'] as const } : {}),
    };
    const handlers = refusingHandlers(
      createSettingsService({
        current: () => settings,
        apply: (next) => Promise.resolve(void (settings = next)),
        secrets: new MemorySecretStore(),
      }),
    );
    const router = createRouter({
      handlers,
      currentOperator: () => caller.operator,
      currentCaller: () => Promise.resolve(caller),
      journal: { record: () => Promise.resolve() },
    });
    const demote = { operators: [line('kim', 'admin')], defaultRole: 'auditor' };
    return { saving: () => router.handle('settings/operators/save', demote, { trusted: true }) };
  }

  it('warns a caller the workstation’s list governs, even one the cluster cannot yet say who they are', async () => {
    for (const source of ['workstation', 'unresolved'] as const) {
      expect(await routerFor(source).saving()).toMatchObject({ ok: false, field: 'acknowledgeWarnings' });
    }
  });

  it('saves for an admin the cluster vouches for: the list does not decide their role', async () => {
    expect(await routerFor('cluster').saving()).toMatchObject({ ok: true, data: { operators: [{ id: 'kim' }] } });
  });
});
