import { homedir } from 'node:os';
import { join } from 'node:path';

/** Browser mode's data folder when `--data-dir` is not given (the desktop app uses its own `userData`). */
export function defaultDataDir(): string {
  return join(process.env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'audit-console');
}
