import { resolve } from 'node:path';
import { UsageError, type CliCommand } from './CliCommand';
import { parseServeArgs } from './serveCommand';

export const OPEN_USAGE = `usage: audit-console open PATH [--port N] [--data-dir DIR]

Verifies an investigation bundle and, when nothing in it was altered, starts browser mode reading it
read-only: every view over just its records, its custody record and verdict on every screen. An
altered, damaged or unreadable bundle is not opened; the report says what is wrong. Needs no cluster.

  --port N        port on 127.0.0.1 (default 4780; 0 picks a free one)
  --data-dir DIR  this workstation's bundle key, settings and journal (default $XDG_DATA_HOME/audit-console)

Exit status: 0 after serving; 1 the bundle was not opened (altered, damaged, not a bundle); 2 wrong arguments.`;

export const openCommand: CliCommand = {
  usage: OPEN_USAGE,
  async run(args) {
    const { positionals, ...options } = parseServeArgs(args, true);
    const [path, ...extra] = positionals;
    if (!path || extra.length > 0) throw new UsageError('Name one bundle to open.');
    return (await import('./serveBrowserMode')).serveBrowserMode({ ...options, bundle: resolve(path) });
  },
};
