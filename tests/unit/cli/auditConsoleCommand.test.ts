import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../../bin/audit-console.mjs');

/** Runs the package's `bin` as npm links it: a plain `node` process, no test runner loader. */
function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, out: stdout, err: stderr });
    });
  });
}

describe('the audit-console command', () => {
  it('lists its commands on --help and explains each one', async () => {
    const [all, serve] = await Promise.all([run('--help'), run('serve', '--help')]);
    expect(all).toMatchObject({ code: 0, out: expect.stringMatching(/^usage: audit-console <command>[\s\S]*serve /) });
    expect(serve).toMatchObject({ code: 0, out: expect.stringContaining('usage: audit-console serve [--port N]') });
  });

  it.each([
    [['frob'], /Unknown command "frob"[\s\S]*usage: audit-console <command>/],
    [['serve', '--port', 'x'], /--port must be a number from 0 to 65535, got "x"[\s\S]*usage: audit-console serve/],
    [['serve', '--bogus'], /Unknown option '--bogus'[\s\S]*usage: audit-console serve/],
    [[], /^usage: audit-console <command>/],
  ])('refuses %j with exit code 2, saying why and how to call it', async (args, message) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
