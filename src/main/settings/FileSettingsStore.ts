import { readFile } from 'node:fs/promises';
import { Settings } from '../../shared/domain/settings';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { parseSettingsText, toSettingsReadFailure } from './storedSettings';
import type { SettingsStore } from './SettingsStore';
import { errnoCode } from '../files/errnoCode';

/** Settings as a JSON file, written atomically (temp file + rename) so a crash never leaves half a file. */
export class FileSettingsStore implements SettingsStore {
  constructor(readonly path: string) {}

  async read(): Promise<Settings> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return Settings.parse({});
      throw toSettingsReadFailure(error, this.path);
    }
    return parseSettingsText(text, this.path);
  }

  async write(settings: Settings): Promise<void> {
    await writeFileAtomically(this.path, JSON.stringify(Settings.parse(settings), null, 2));
  }
}
