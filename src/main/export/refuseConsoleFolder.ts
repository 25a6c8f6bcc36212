import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConsoleError } from '../../shared/contract/errors';
import { shownInSentence } from '../../shared/domain/shownInSentence';

/** A folder as the disk resolves it (links followed), or as written when it cannot be resolved. */
const resolved = (folder: string): Promise<string> => realpath(folder).catch(() => resolve(folder));

/**
 * Refuses an export folder inside the console's data folder, however it is reached (a link included):
 * that folder holds the operators' journal, the bundle key and reopened bundles' stores, and an export
 * written there could replace the journal of what operators looked at or lie beside the console's files.
 */
export async function refuseConsoleFolder(directory: string, consoleFolder: string): Promise<void> {
  const [target, own] = await Promise.all([resolved(directory), resolved(consoleFolder)]);
  const path = relative(own, target);
  const inside = path === '' || (!isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`));
  if (!inside) return;
  throw new ConsoleError(
    'BAD_REQUEST',
    `The folder "${shownInSentence(directory)}" is in the console’s data folder, which keeps the operators’ journal and the console’s own files; choose another folder.`,
    'directory',
  );
}
