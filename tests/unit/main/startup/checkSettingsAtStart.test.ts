import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FileSettingsStore } from '../../../../src/main/settings/FileSettingsStore';
import { toSettingsReadFailure } from '../../../../src/main/settings/storedSettings';
import {
  checkSettingsAtStart,
  type StartupChoice,
  type StartupQuestion,
} from '../../../../src/main/startup/checkSettingsAtStart';
import { describeStartupFailure } from '../../../../src/main/startup/describeStartupFailure';
import { ConsoleError } from '../../../../src/shared/contract/errors';

const at = new Date('2025-03-04T05:06:07.089Z');
let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'settings-start-'));
  file = join(dir, 'settings.json');
});

/** An operator who answers `choice` and whose question the test can read. */
function operator(choice: StartupChoice) {
  const asked: StartupQuestion[] = [];
  const ask = vi.fn((question: StartupQuestion) => {
    asked.push(question);
    return Promise.resolve(choice);
  });
  return { ask, asked };
}

const check = (ask: (question: StartupQuestion) => Promise<StartupChoice>) =>
  checkSettingsAtStart(new FileSettingsStore(file), ask, () => at);

describe('settings at start', () => {
  it('starts without asking when the settings are readable or absent', async () => {
    const { ask } = operator('quit');
    expect(await check(ask)).toBe('start');
    await writeFile(file, JSON.stringify({ defaultRole: 'auditor' }));
    expect(await check(ask)).toBe('start');
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks about a damaged file, says what is wrong and where, and quitting leaves it untouched', async () => {
    await writeFile(file, '{"connections": [');
    const { ask, asked } = operator('quit');
    expect(await check(ask)).toBe('quit');
    expect(asked).toHaveLength(1);
    expect(asked[0]?.message).toBe('The settings file cannot be used: it is not valid JSON.');
    expect(asked[0]?.detail).toContain(file);
    expect(asked[0]?.detail).toContain('settings.damaged-2025-03-04T05-06-07.089Z.json');
    expect(asked[0]?.choices.map((choice) => choice.id)).toEqual(['setAside', 'quit']);
    expect(await readFile(file, 'utf8')).toBe('{"connections": [');
  });

  it('names the setting at fault without repeating its value', async () => {
    const url = 'http://admin:hunter2@es.example.com:9200';
    await writeFile(file, JSON.stringify({ connections: [{ id: 'p', name: 'p', url, auth: { kind: 'none' } }] }));
    const { ask, asked } = operator('quit');
    await check(ask);
    expect(asked[0]?.message).toMatch(
      /^The settings file cannot be used: connections\.0\.url: A user name or password is not kept in the address: remove it/,
    );
    expect(asked[0]?.message).toMatch(/[^.]\.$/);
    expect(JSON.stringify(asked)).not.toContain('hunter2');
  });

  it('keeps the damaged file aside, whole, when the operator chooses to start', async () => {
    await writeFile(file, 'not json at all');
    const { ask } = operator('setAside');
    expect(await check(ask)).toBe('start');
    expect(await readdir(dir)).toEqual(['settings.damaged-2025-03-04T05-06-07.089Z.json']);
    expect(await readFile(join(dir, 'settings.damaged-2025-03-04T05-06-07.089Z.json'), 'utf8')).toBe('not json at all');
    expect((await new FileSettingsStore(file).read()).connections).toEqual([]);
  });

  it('lets other failures through, for the window that says the console could not start', async () => {
    await mkdir(file);
    const { ask } = operator('setAside');
    const failure: unknown = await check(ask).catch((error: unknown) => error);
    expect(ask).not.toHaveBeenCalled();
    const described = describeStartupFailure(failure);
    expect(described.title).toBe('Audit Console could not start');
    expect(described.message).toBe(`The settings file ${file} cannot be read (EISDIR); check it and its permissions.`);
  });
});

describe('start-up failures in words', () => {
  it('repeats a console error and points elsewhere to the log', () => {
    expect(describeStartupFailure(new ConsoleError('UNAVAILABLE', 'No keychain.')).message).toBe('No keychain.');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unexpected = describeStartupFailure(new TypeError('x is not a function\n    at start (index.ts:3)'));
    expect(unexpected.message).toMatch(/^An unexpected error stopped it: x is not a function\n\nThe details are in/);
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });

  it('reads a settings store that is not JSON as a damaged file', () => {
    let syntax: unknown;
    try {
      JSON.parse('{');
    } catch (error) {
      syntax = error;
    }
    expect(toSettingsReadFailure(syntax, '/data/settings.json')).toMatchObject({
      code: 'CORRUPT',
      file: '/data/settings.json',
      reason: 'it is not valid JSON',
    });
  });
});
