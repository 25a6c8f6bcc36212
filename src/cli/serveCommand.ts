import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SecretStore } from '../main/settings/SettingsStore';
import { UsageError, type CliCommand } from './CliCommand';
import { defaultDataDir } from './defaultDataDir';

const USAGE = `usage: audit-console serve [--port N] [--data-dir DIR]

  --port N        port on 127.0.0.1 (default 4780; 0 picks a free one)
  --data-dir DIR  settings, journal and demo workspace (default $XDG_DATA_HOME/audit-console)`;

export interface ServeOptions {
  port: number;
  dataDir: string;
  /** Secrets for this run: browser mode keeps them in memory only. */
  secretStore?: SecretStore;
  /** A bundle to verify and open, read-only, before the first address is printed (`audit-console open`). */
  bundle?: string;
}

/** The options `serve` takes, and the positionals (the bundle of `open`) when `positionals` allows them. */
export function parseServeArgs(args: string[], positionals = false): ServeOptions & { positionals: string[] } {
  let values;
  let rest: string[];
  try {
    ({ values, positionals: rest } = parseArgs({
      args,
      strict: true,
      allowPositionals: positionals,
      options: { port: { type: 'string', default: '4780' }, 'data-dir': { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535, got "${values.port}"`);
  }
  return { port, dataDir: resolve(values['data-dir'] ?? defaultDataDir()), positionals: rest };
}

export const serveCommand: CliCommand = {
  usage: USAGE,
  async run(args) {
    const options = parseServeArgs(args);
    // Loaded only now: usage errors and --help answer without loading the console.
    return (await import('./serveBrowserMode')).serveBrowserMode(options);
  },
};
