import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConsoleError } from '../../shared/contract/errors';
import { Settings } from '../../shared/domain/settings';
import type { SettingsStore } from './SettingsStore';

/** Settings as a JSON file, written atomically (temp file + rename) so a crash never leaves half a file. */
export class FileSettingsStore implements SettingsStore {
  constructor(private readonly path: string) {}

  async read(): Promise<Settings> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Settings.parse({});
      throw error;
    }
    try {
      return Settings.parse(JSON.parse(text));
    } catch {
      throw new ConsoleError('CORRUPT', `The settings file ${this.path} is not valid; fix or remove it.`);
    }
  }

  async write(settings: Settings): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(Settings.parse(settings), null, 2), { mode: 0o600 });
    await rename(temporary, this.path);
  }
}
