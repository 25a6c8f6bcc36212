import { ConsoleError } from '../../shared/contract/errors';

/**
 * A file-system failure while exporting as a sentence naming the place and what to do; one the folder is
 * to blame for (missing, not writable, read-only) names the `directory` field, for the form to mark.
 */
export function describeWriteFailure(error: unknown, where: string): ConsoleError {
  if (error instanceof ConsoleError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ConsoleError(
        'DISK_FULL',
        `The disk holding ${where} is full (or your quota is used up); nothing was kept. Free some space or choose another folder.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new ConsoleError(
        'BAD_REQUEST',
        `You may not write in ${where}; choose a folder you can write to.`,
        'directory',
      );
    case 'EROFS':
      return new ConsoleError('BAD_REQUEST', `${where} is on a read-only disk; choose another folder.`, 'directory');
    case 'ENOTDIR':
    case 'ENOENT':
      return new ConsoleError(
        'NOT_FOUND',
        `The folder for ${where} does not exist (any more); choose another.`,
        'directory',
      );
    case 'ENAMETOOLONG':
      // The path itself is not repeated: it is the part too long to read.
      return new ConsoleError(
        'BAD_REQUEST',
        'The folder path, or a name in it, is longer than this disk takes; choose a folder with a shorter path.',
        'directory',
      );
    case 'EIO':
      return new ConsoleError(
        'UNAVAILABLE',
        `The disk holding ${where} reported an input/output error; nothing was kept.`,
      );
    default:
      return new ConsoleError(
        'INTERNAL',
        `Writing ${where} failed (${code ?? (error instanceof Error ? error.message : String(error))}); nothing was kept.`,
      );
  }
}
