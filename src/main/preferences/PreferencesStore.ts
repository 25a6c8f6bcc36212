import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { OperatorPreferences } from '../../shared/domain/preferences';

/** One JSON file per operator under the data folder; writes are atomic and serialized per operator. */
export class PreferencesStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly dir: string) {}

  private pathFor(operatorId: string): string {
    // Hashing keeps any operator id (with slashes, dots) a safe file name.
    return join(this.dir, `${createHash('sha256').update(operatorId).digest('hex').slice(0, 32)}.json`);
  }

  async read(operatorId: string): Promise<OperatorPreferences> {
    try {
      return OperatorPreferences.parse(JSON.parse(await readFile(this.pathFor(operatorId), 'utf8')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        console.error(`[preferences] unreadable preferences for ${operatorId}; starting afresh`, error);
      }
      return OperatorPreferences.parse({});
    }
  }

  /** Applies `change` to the operator's preferences and saves the result. */
  update(
    operatorId: string,
    change: (current: OperatorPreferences) => OperatorPreferences,
  ): Promise<OperatorPreferences> {
    const previous = this.queues.get(operatorId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const updated = OperatorPreferences.parse(change(await this.read(operatorId)));
      await mkdir(this.dir, { recursive: true });
      const target = this.pathFor(operatorId);
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(updated), { mode: 0o600 });
      await rename(temporary, target);
      return updated;
    });
    this.queues.set(
      operatorId,
      next.catch(() => undefined),
    );
    return next;
  }
}
