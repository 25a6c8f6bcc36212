import { stat } from 'node:fs/promises';
import { ConsoleError } from '../../shared/contract/errors';
import { errnoCode } from '../files/errnoCode';

/** Where a failed write went. */
export interface WritePlace {
  /** The folder written in, by its path: looked at when a name in it cannot be found. */
  folder: string;
  /** What was being written when it failed, once created (its path, or how a sentence names it). */
  file?: string;
  /**
   * How a sentence names the folder when it is the console's own ("the console's data folder"), not one
   * the operator chose: the sentences then neither tell to choose another nor mark the form's folder.
   */
  folderName?: string;
}

/** What is at a folder's path, read after a name in it could not be found. */
type FolderState = 'folder' | 'file' | 'file on the way' | 'missing';

async function folderState(folder: string): Promise<FolderState> {
  try {
    return (await stat(folder)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    return errnoCode(error) === 'ENOTDIR' ? 'file on the way' : 'missing';
  }
}

const upperFirst = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** How the sentences about one place read: the names they give, and what they advise. */
interface Wording {
  /** The operator chose the folder (it is not the console's own). */
  chosen: boolean;
  /** The folder, by its path or by the name the console gives its own. */
  folder: string;
  /** What was being written: the file, or the folder where it was being created. */
  written: string;
  /** The end of a sentence that advises `words` when the operator chose the folder, a full stop otherwise. */
  advice: (words: string) => string;
  /** A failure the folder is to blame for: it names the `directory` field when the operator chose it. */
  blame: (code: ConsoleError['code'], message: string) => ConsoleError;
}

function wordingFor(place: WritePlace): Wording {
  const chosen = place.folderName === undefined;
  const folder = place.folderName ?? place.folder;
  return {
    chosen,
    folder,
    written: place.file ?? folder,
    advice: (words) => (chosen ? `; ${words}.` : '.'),
    blame: (code, message) => (chosen ? new ConsoleError(code, message, 'directory') : new ConsoleError(code, message)),
  };
}

/**
 * A file-system failure while exporting as a sentence naming the place and what to do; one the folder is
 * to blame for (missing, not writable, read-only) names the `directory` field, for the form to mark.
 */
export async function describeWriteFailure(error: unknown, place: WritePlace): Promise<ConsoleError> {
  if (error instanceof ConsoleError) return error;
  const code = errnoCode(error);
  const wording = wordingFor(place);
  const { chosen, folder, written, advice, blame } = wording;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ConsoleError(
        'DISK_FULL',
        `The disk holding ${written} is full (or your quota is used up); nothing was kept. Free some space${chosen ? ' or choose another folder' : ''}.`,
      );
    case 'EACCES':
    case 'EPERM':
      return blame('BAD_REQUEST', `You may not write in ${folder}${advice('choose a folder you can write to')}`);
    case 'EROFS':
      return blame('BAD_REQUEST', `${upperFirst(folder)} is on a read-only disk${advice('choose another folder')}`);
    case 'ENOTDIR':
    case 'ENOENT':
      return missingNameFailure(place, wording);
    case 'ENAMETOOLONG':
      // The path itself is not repeated: it is the part too long to read.
      return blame(
        'BAD_REQUEST',
        `The folder path, or a name in it, is longer than this disk takes${advice('choose a folder with a shorter path')}`,
      );
    case 'EIO':
      return new ConsoleError(
        'UNAVAILABLE',
        `The disk holding ${written} reported an input/output error; nothing was kept.`,
      );
    default:
      return new ConsoleError(
        'INTERNAL',
        `Writing ${written} failed (${code ?? (error instanceof Error ? error.message : String(error))}); nothing was kept.`,
      );
  }
}

/** A name that could not be found, said from what is at the folder's path: looked at, not guessed. */
async function missingNameFailure(place: WritePlace, { folder, advice, blame }: Wording): Promise<ConsoleError> {
  switch (await folderState(place.folder)) {
    case 'folder':
      // The folder is there: what went missing is the file being written, or the folder takes no new file
      // (such as /proc, which refuses to create one even for an administrator).
      return place.file === undefined
        ? blame(
            'BAD_REQUEST',
            `${upperFirst(folder)} exists, but no file can be created in it${advice('choose another folder')}`,
          )
        : new ConsoleError('NOT_FOUND', `The file being written in ${folder} was removed meanwhile; nothing was kept.`);
    case 'file':
      return blame('BAD_REQUEST', `${upperFirst(folder)} is a file, not a folder${advice('choose a folder')}`);
    case 'file on the way':
      return blame(
        'BAD_REQUEST',
        `${upperFirst(folder)} cannot be a folder: a part of its path is a file${advice('choose another folder')}`,
      );
    case 'missing': {
      const subject = place.folderName === undefined ? `The folder ${folder}` : upperFirst(folder);
      return blame('NOT_FOUND', `${subject} does not exist (any more)${advice('choose another')}`);
    }
  }
}
