import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../src/main/router/createRouter';
import { ConsoleError } from '../../../../src/shared/contract/errors';
import { refusingHandlers } from './refusingHandlers';

const BASIC = 'ZWxhc3RpYzpzM2NyZXQtcGFzc3dvcmQtZm9yLXRlc3Rz';
const CARD = '4111111111111111';

function setup(searchFails: unknown) {
  const logged: string[] = [];
  const router = createRouter({
    handlers: refusingHandlers({}, searchFails),
    currentOperator: () => ({ id: 'a1', name: 'Ann', role: 'auditor', scope: null }),
    journal: { record: () => Promise.resolve() },
    log: (line) => void logged.push(line),
  });
  return { router, logged };
}

const search = { family: 'operational' };

describe('failures leave main redacted', () => {
  it('removes credentials a cluster or proxy echoed into an error', async () => {
    const echoed = `The cluster failed to answer (status 502): upstream said Authorization: Basic ${BASIC} was refused`;
    const { router } = setup(new ConsoleError('UNAVAILABLE', echoed));
    const result = await router.handle('logs/search', search, { trusted: true });
    expect(result).toMatchObject({ ok: false, code: 'UNAVAILABLE' });
    expect(JSON.stringify(result)).not.toContain(BASIC);
    expect(result.ok ? '' : result.message).toContain('The cluster failed to answer (status 502)');
  });

  it('redacts what a refusal echoes of the request: a field name, an unknown channel', async () => {
    const { router } = setup(new Error('unused'));
    const badField = await router.handle('logs/search', { family: 'operational', [CARD]: 1 }, { trusted: true });
    expect(badField).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(JSON.stringify(badField)).not.toContain(CARD);
    const badChannel = await router.handle(`logs/${CARD}/${'x'.repeat(5000)}`, {}, { trusted: true });
    expect(badChannel).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });
    expect(JSON.stringify(badChannel)).not.toContain(CARD);
    expect(JSON.stringify(badChannel).length).toBeLessThan(400);
  });
});

describe('a failure quoting what an operator typed or a producer logged', () => {
  const RLO = '\u202e';

  it('names a character that would reorder the message, where a service quoted it', async () => {
    // An export's file name typed as "evidence<RLO>vsc.exe" would read "evidence.exe.csv" in the message.
    const { router } = setup(new ConsoleError('BAD_REQUEST', `"evidence${RLO}vsc.exe" is not a plain file name.`));
    const result = await router.handle('logs/search', search, { trusted: true });
    expect(result.ok ? '' : result.message).toBe('"evidence⟨U+202E⟩vsc.exe" is not a plain file name.');
  });

  it('names it where a refusal quotes a field of the request', async () => {
    const { router } = setup(new Error('unused'));
    const result = await router.handle('logs/search', { family: 'operational', [`a${RLO}b`]: 1 }, { trusted: true });
    expect(result).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(JSON.stringify(result)).not.toContain(RLO);
    expect(result.ok ? '' : result.message).toContain('a⟨U+202E⟩b');
  });
});

describe('an unexpected failure', () => {
  it('is described in the main process log, as its answer promises, with secrets redacted', async () => {
    const { router, logged } = setup(new TypeError(`Cannot read properties of undefined (token Bearer ${BASIC})`));
    const result = await router.handle('logs/search', search, { trusted: true });
    expect(result).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(result.ok ? '' : result.message).toContain('main process log');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('logs/search');
    expect(logged[0]).toContain('TypeError: Cannot read properties of undefined');
    expect(logged[0]).not.toContain(BASIC);
  });

  it('is not logged when a service failed with its own message', async () => {
    const { router, logged } = setup(
      new ConsoleError('UNAVAILABLE', 'Cannot reach http://es:9200 — connection refused'),
    );
    await router.handle('logs/search', search, { trusted: true });
    expect(logged).toEqual([]);
  });
});
