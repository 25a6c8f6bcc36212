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
}

export function parseServeArgs(args: string[]): ServeOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: { port: { type: 'string', default: '4780' }, 'data-dir': { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535, got "${values.port}"`);
  }
  return { port, dataDir: resolve(values['data-dir'] ?? defaultDataDir()) };
}

export const serveCommand: CliCommand = {
  usage: USAGE,
  async run(args) {
    const options = parseServeArgs(args);
    // Loaded only now: usage errors and --help answer without loading the console.
    return (await import('./serveBrowserMode')).serveBrowserMode(options);
  },
};
