import { ConsoleError } from '../../shared/contract/errors';
import { Settings } from '../../shared/domain/settings';
import { errnoCode } from '../files/errnoCode';

/** The settings file exists but cannot be used as it is; it is never overwritten while so. */
export class DamagedSettingsError extends ConsoleError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      'CORRUPT',
      `The settings file ${file} cannot be used: ${reason}. Fix it, restore it from a backup, or move it away to start with no connections.`,
    );
  }
}

/** Settings read from a store, or why they cannot be: the first problem, named by its place in the file. */
export function parseStoredSettings(raw: unknown, file: string): Settings {
  const parsed = Settings.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const place = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  // Zod's messages describe the rule, never the value, so nothing stored (a URL's password) is repeated.
  throw new DamagedSettingsError(file, `${place}${issue?.message ?? 'not in the expected shape'}`);
}

/** Parses the text of a settings file; text that is not JSON is a damaged file too. */
export function parseSettingsText(text: string, file: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DamagedSettingsError(file, 'it is not valid JSON');
  }
  return parseStoredSettings(raw, file);
}

/**
 * Why a settings store could not be opened, as a ConsoleError: a file that is not JSON is damaged, one
 * the console may not read says so. Anything else passes through unchanged.
 */
export function toSettingsReadFailure(error: unknown, file: string): unknown {
  if (error instanceof ConsoleError) return error;
  if (error instanceof SyntaxError) return new DamagedSettingsError(file, 'it is not valid JSON');
  const code = errnoCode(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
    return new ConsoleError(
      'UNAVAILABLE',
      `The settings file ${file} cannot be read (${code}); check it and its permissions.`,
    );
  }
  return error;
}
