import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { JOURNAL_FILE } from '../main/journal/Journal';
import { verifyJournal } from '../main/journal/verifyJournal';
import { defaultDataDir } from './defaultDataDir';

export const JOURNAL_USAGE = [
  'usage: audit-console journal verify [PATH]',
  "  PATH  a journal file, or a console's data folder (default: browser mode's data folder)",
  'Checks the hash chain of the operators journal; exits 0 when intact, 1 at the first broken line.',
].join('\n');

async function journalPath(given: string | undefined): Promise<string> {
  const path = given ?? defaultDataDir();
  return (await stat(path)).isDirectory() ? join(path, ...JOURNAL_FILE) : path;
}

/** `audit-console journal verify [PATH]`: says whether the journal is intact, or names its first broken line. */
export async function journalCommand(args: string[]): Promise<number> {
  const [action, given, ...rest] = args;
  if (action !== 'verify' || rest.length > 0 || given?.startsWith('-')) {
    console.error(JOURNAL_USAGE);
    return 2;
  }
  let path: string;
  try {
    path = await journalPath(given);
    await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no journal there' : (code ?? String(error));
    console.error(`Cannot read the journal at ${given ?? join(defaultDataDir(), ...JOURNAL_FILE)}: ${why}.`);
    return 2;
  }
  const report = await verifyJournal(path);
  for (const line of report.fenced) {
    console.log(`Line ${line} cannot be read (a write cut short by a crash); line ${line + 1} fences it off.`);
  }
  if (report.broken) {
    console.log(`Journal ${path}: BROKEN at line ${report.broken.line}: ${report.broken.reason}.`);
    console.log(`Lines 1 to ${report.broken.line - 1} are intact.`);
    return 1;
  }
  console.log(`Journal ${path}: intact, ${report.lines} lines, every line carries the hash of the one before.`);
  return 0;
}
