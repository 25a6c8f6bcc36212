import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../src/main/router/createRouter';
import { createSettingsService } from '../../../../src/main/services/createSettingsService';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import type { Result } from '../../../../src/shared/contract/errors';
import type { Operator } from '../../../../src/shared/domain/roles';
import { Settings } from '../../../../src/shared/domain/settings';
import { refusingHandlers } from './refusingHandlers';

/**
 * A renderer that sends Remove for a connection while its own save is still on its way: the removal waits
 * for the save and then removes it, so the save can neither bring the connection back nor leave its
 * secret stored for a connection that is gone.
 */

const admin: Operator = { id: 'a1', name: 'Ada', role: 'admin', scope: null };
/** Port 1 on loopback refuses at once: the test run after each save answers quickly. */
const saved = {
  id: 'prod',
  name: 'Prod',
  url: 'http://127.0.0.1:1',
  auth: { kind: 'basic', username: 'ops-user' },
  indexPatterns: { operational: 'crm-operational-*', activity: 'crm-activity-*' },
};

/** A secret store whose next write waits until the test lets it through. */
class HeldSecretStore extends MemorySecretStore {
  held: Promise<void> | null = null;
  reached = () => {};
  override async set(connectionId: string, secret: string): Promise<void> {
    const held = this.held;
    this.held = null;
    this.reached();
    if (held) await held;
    return super.set(connectionId, secret);
  }
}

describe('a connection removed while its save is on its way', () => {
  it('stays removed, its secret forgotten', async () => {
    let settings = Settings.parse({});
    const secrets = new HeldSecretStore();
    const handlers = refusingHandlers(
      createSettingsService({
        current: () => settings,
        apply: (next) => Promise.resolve(void (settings = next)),
        secrets,
      }),
    );
    const journal = { record: () => Promise.resolve() };
    const router = createRouter({ handlers, currentOperator: () => admin, journal });
    const call = (channel: string, request: object): Promise<Result<unknown>> =>
      router.handle(channel, request, { trusted: true });
    expect(
      await call('settings/connection/save', { connection: { ...saved, id: undefined }, secret: 'first-7' }),
    ).toMatchObject({ ok: true });

    let release = () => {};
    secrets.held = new Promise<void>((resolve) => (release = resolve));
    const reached = new Promise<void>((resolve) => (secrets.reached = resolve));
    const saving = call('settings/connection/save', { connection: saved, secret: 'second-8' });
    await reached;
    const removing = call('settings/connection/delete', { id: 'prod' });
    release();

    expect(await saving).toMatchObject({ ok: true });
    expect(await removing).toMatchObject({ ok: true, data: { connections: [] } });
    expect(settings.connections).toEqual([]);
    expect(await secrets.get('prod')).toBeUndefined();
  });
});
