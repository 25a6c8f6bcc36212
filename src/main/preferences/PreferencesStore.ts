import { readFile, rename } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ConsoleError } from '../../shared/contract/errors';
import { OperatorPreferences, SAVED_VIEW_LIMIT, type GridId } from '../../shared/domain/preferences';
import type { UnreadableView } from '../../shared/domain/unreadableView';
import { damageOf } from '../files/damageOf';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { toWriteFailure } from '../files/writeFailure';
import { fileToWrite, readPreferences, StoredPreferences, type ReadPreferences } from './storedPreferences';
import { errnoCode } from '../files/errnoCode';

/** What the operator can do about a damaged file: it is never overwritten, only kept aside on request. */
const START_AFRESH = 'Choose “Start afresh” to keep the damaged file aside and begin new ones.';

/** Where a file set aside goes, named so nothing else ever writes to it. */
const asideName = (name: string, at: Date) =>
  name.replace(/\.json$/, `.damaged-${at.toISOString().replace(/:/g, '-')}.json`);

/**
 * One JSON file per operator under the data folder; writes are atomic and serialized per operator. A
 * damaged file is reported, never silently replaced: it stays until the operator has it kept aside.
 */
export class PreferencesStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private fileName(operatorId: string): string {
    // Hashing keeps any operator id (with slashes, dots) a safe file name.
    return `${createHash('sha256').update(operatorId).digest('hex').slice(0, 32)}.json`;
  }

  /** The file's text, or null when the operator has none yet. */
  private async readText(operatorId: string): Promise<string | null> {
    try {
      return await readFile(join(this.dir, this.fileName(operatorId)), 'utf8');
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'ENOENT') return null;
      throw new ConsoleError(
        'UNAVAILABLE',
        `Your saved views and column layouts could not be read (${code ?? 'read error'}); check the console’s data folder.`,
      );
    }
  }

  /** The file read as this version reads it; a view it cannot open is flagged there, never the file damaged. */
  private async readStored(operatorId: string): Promise<ReadPreferences> {
    const text = await this.readText(operatorId);
    if (text === null) return readPreferences({});
    const damage = damageOf(text, StoredPreferences);
    if (damage !== null) {
      throw new ConsoleError(
        'CORRUPT',
        `Your saved views and column layouts could not be read: their file is damaged (${damage}). ` +
          `Nothing will overwrite it. ${START_AFRESH}`,
      );
    }
    return readPreferences(JSON.parse(text));
  }

  /** The operator's preferences, with the saved views this version can open. */
  async read(operatorId: string): Promise<OperatorPreferences> {
    return (await this.readStored(operatorId)).preferences;
  }

  /** The saved views of `grid` this version cannot open as they are (and those of no grid it knows), flagged. */
  async unreadableViews(operatorId: string, grid: GridId): Promise<UnreadableView[]> {
    return (await this.readStored(operatorId)).stored.flatMap((entry) =>
      !entry.readable && (entry.grid === null || entry.grid === grid) ? [entry.flagged] : [],
    );
  }

  /** Runs `task` after the operator's earlier reads-and-writes, so no change is lost to a race. */
  private serialized<T>(operatorId: string, task: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(operatorId) ?? Promise.resolve()).then(task);
    this.queues.set(
      operatorId,
      next.catch(() => undefined),
    );
    return next;
  }

  /**
   * Applies `change` to the operator's preferences and saves the result; `failed` starts the error sentence.
   * Flagged views are written back as they were read (but the one `dropUnreadable` names), as is what the
   * file holds that this version does not know.
   */
  update(
    operatorId: string,
    change: (current: OperatorPreferences) => OperatorPreferences,
    failed: string,
    dropUnreadable?: string,
  ): Promise<OperatorPreferences> {
    return this.serialized(operatorId, async () => {
      let current: ReadPreferences;
      try {
        current = await this.readStored(operatorId);
      } catch (error) {
        if (error instanceof ConsoleError && error.code === 'CORRUPT') {
          throw new ConsoleError(
            'CORRUPT',
            `${failed}: your saved views and column layouts file is damaged and is never overwritten. ${START_AFRESH}`,
          );
        }
        throw error;
      }
      const updated = OperatorPreferences.parse(change(current.preferences));
      const file = fileToWrite(current, updated, dropUnreadable);
      if (file.views.length > SAVED_VIEW_LIMIT) {
        throw new ConsoleError(
          'BAD_REQUEST',
          `${failed}: you keep ${SAVED_VIEW_LIMIT} saved views, counting those this version cannot open, the most the console keeps for one operator; delete one to save another.`,
        );
      }
      try {
        await writeFileAtomically(join(this.dir, this.fileName(operatorId)), JSON.stringify(file));
      } catch (error) {
        throw toWriteFailure(error, failed);
      }
      return updated;
    });
  }

  /**
   * Keeps a damaged file aside under a name of its own, so the operator starts afresh and nothing is
   * lost. Answers the name it was kept under (relative to the data folder), or null if it was not damaged.
   */
  setAsideDamaged(operatorId: string): Promise<string | null> {
    return this.serialized(operatorId, async () => {
      const text = await this.readText(operatorId);
      if (text === null || damageOf(text, StoredPreferences) === null) return null;
      const name = this.fileName(operatorId);
      const aside = asideName(name, this.now());
      await rename(join(this.dir, name), join(this.dir, aside));
      return aside;
    });
  }
}
