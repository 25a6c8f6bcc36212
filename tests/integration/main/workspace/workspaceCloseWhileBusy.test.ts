import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, 'closeWorkspacesWhileBusy.ts');

interface Tally {
  buildsClosed: number;
  asked: number;
  answered: number;
  refused: number;
  unexpected: number;
}

/**
 * Runs a scenario in a process of its own, so a native crash shows as its signal rather than ending
 * this one. One thread for DuckDB's calls, as on a busy machine: a query asked for last waits its turn.
 */
async function runScenario(scenario: 'builds' | 'queries') {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, scenario], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  return JSON.parse(stdout) as Tally;
}

describe('closing the demo workspace while it is busy', () => {
  it('never crashes the process, whatever stage its build has reached', async () => {
    expect(await runScenario('builds')).toMatchObject({ buildsClosed: 8, unexpected: 0 });
  });

  it('never crashes the process with queries under way: each answers or is refused in words', async () => {
    const tally = await runScenario('queries');
    expect(tally).toMatchObject({ asked: 200, unexpected: 0 });
    expect(tally.answered + tally.refused).toBe(tally.asked);
  });
});
