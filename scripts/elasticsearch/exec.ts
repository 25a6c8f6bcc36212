import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface RunResult {
  code: number | null;
  output: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Start in a new session so a daemon it leaves behind is not tied to our terminal. */
  detached?: boolean;
  /** Terminate the command (its whole process group when detached) after this long. */
  timeoutMs?: number;
}

/** Runs a command to completion, collecting stdout and stderr interleaved. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: options.detached ?? false,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            chunks.push(Buffer.from(`\n(terminated after ${options.timeoutMs} ms)\n`));
            try {
              if (options.detached === true && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
              else child.kill('SIGTERM');
            } catch {
              // exited meanwhile
            }
          }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // 'exit', not 'close': a daemon started by the command may keep the pipes open.
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output: Buffer.concat(chunks).toString('utf8') });
    });
    if (child.stdin !== null) {
      child.stdin.on('error', () => undefined); // EPIPE when the command exits without reading
      child.stdin.end(options.input);
    }
  });
}

/** Runs a command and throws with its output when it exits non-zero. */
export async function runOrThrow(
  command: string,
  args: readonly string[],
  what: string,
  options: RunOptions = {},
): Promise<string> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${what} failed (exit code ${String(result.code)}):\n${lastLines(result.output, 40)}`);
  }
  return result.output;
}

/** The absolute path of an executable on PATH, or undefined. */
export function which(command: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (the service user when we are not root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lastLines(text: string, count: number): string {
  const lines = text.replace(/\s+$/, '').split('\n');
  return lines.slice(Math.max(0, lines.length - count)).join('\n');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
