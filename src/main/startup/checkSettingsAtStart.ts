import { rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DamagedSettingsError } from '../settings/storedSettings';
import type { SettingsStore } from '../settings/SettingsStore';

export type StartupChoice = 'setAside' | 'quit';

/** What the window at start asks when the settings cannot be used; the last choice is the safe one. */
export interface StartupQuestion {
  title: string;
  message: string;
  detail: string;
  choices: readonly { id: StartupChoice; label: string }[];
}

/** Asks the operator (a window on the desktop) and answers their choice. */
export type AskAtStart = (question: StartupQuestion) => Promise<StartupChoice>;

/** `settings.json` -> `settings.damaged-2025-03-04T05-06-07.089Z.json`, beside it. */
export function asideName(file: string, at: Date): string {
  const stamp = at.toISOString().replace(/:/g, '-');
  const name = basename(file);
  const dot = name.lastIndexOf('.');
  const aside = dot > 0 ? `${name.slice(0, dot)}.damaged-${stamp}${name.slice(dot)}` : `${name}.damaged-${stamp}`;
  return join(dirname(file), aside);
}

export function settingsQuestion(error: DamagedSettingsError, aside: string): StartupQuestion {
  return {
    title: 'Audit Console cannot use its settings',
    // A reason may end its own sentence: one full stop either way.
    message: `The settings file cannot be used: ${error.reason.replace(/\.$/, '')}.`,
    detail:
      `File: ${error.file}\n\n` +
      'Quit to fix the file or restore it from a backup, then start again. Or start with no connections: ' +
      `the file is kept, renamed to ${basename(aside)}, and cluster connections and role mappings must be set up again.`,
    choices: [
      { id: 'setAside', label: 'Keep the file aside and start' },
      { id: 'quit', label: 'Quit' },
    ],
  };
}

/**
 * Reads the settings before the console starts. When the file is damaged, asks instead of failing
 * silently; the file is only ever renamed, never overwritten or deleted. Other failures are thrown
 * for the caller to show.
 */
export async function checkSettingsAtStart(
  store: SettingsStore,
  ask: AskAtStart,
  now: () => Date = () => new Date(),
): Promise<'start' | 'quit'> {
  try {
    await store.read();
    return 'start';
  } catch (error) {
    if (!(error instanceof DamagedSettingsError)) throw error;
    const aside = asideName(error.file, now());
    if ((await ask(settingsQuestion(error, aside))) !== 'setAside') return 'quit';
    await rename(error.file, aside);
    await store.read();
    return 'start';
  }
}
