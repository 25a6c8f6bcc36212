import { ConsoleError } from '../../shared/contract/errors';
import { Settings } from '../../shared/domain/settings';

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
