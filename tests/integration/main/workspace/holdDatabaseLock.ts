import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface HeldLock {
  pid: number;
  release(): Promise<void>;
}

/** Opens a DuckDB file read-write in another process, as a second copy of the console would, until released. */
export async function holdDatabaseLock(path: string): Promise<HeldLock> {
  const script = `
    const { DuckDBInstance } = require('@duckdb/node-api');
    DuckDBInstance.create(process.argv[1]).then(async (instance) => {
      await instance.connect();
      process.stdout.write('ready\\n');
      process.stdin.on('end', () => process.exit(0));
      process.stdin.resume();
    }, (error) => { process.stderr.write(String(error)); process.exit(1); });
  `;
  const child = spawn(process.execPath, ['-e', script, path], { stdio: ['pipe', 'pipe', 'pipe'], cwd: process.cwd() });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => resolve());
    child.on('exit', (code) => reject(new Error(`The lock holder exited (${code}): ${errors}`)));
  });
  await ready;
  return {
    pid: child.pid ?? 0,
    async release() {
      const exited = once(child, 'exit');
      child.stdin.end();
      await exited;
    },
  };
}
