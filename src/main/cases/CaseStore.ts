import { randomUUID } from 'node:crypto';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ConsoleError } from '../../shared/contract/errors';
import { caseTitleTaken } from '../../shared/domain/caseTitleTaken';
import {
  InvestigationCase,
  type CaseList,
  type CaseSummary,
  type EditStarNoteResult,
  type PinnedQuery,
  type PinnedView,
  type StarEventResult,
  type StarredEvent,
} from '../../shared/domain/investigationCase';
import { joinedStarNoteProblem, joinStarNote } from '../../shared/domain/joinStarNote';
import type { LogQuery } from '../../shared/query/logQuery';
import { damageOf } from '../files/damageOf';
import { errnoCode } from '../files/errnoCode';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { toWriteFailure } from '../files/writeFailure';
import { roomFor, without } from './caseEvidenceItems';
import { freezeTimeRange } from '../../shared/query/freezeTimeRange';

/** Said when a star whose note is being edited was unstarred meanwhile. */
const STAR_GONE =
  'This case no longer holds that starred event; it may have been unstarred. Reopen the case to see its stars.';

const CASE_FILE = /^([0-9a-f-]{36})\.json$/;
/** A case file an earlier read found damaged and moved aside (see `list`). */
const KEPT_ASIDE_FILE = /^[0-9a-f-]{36}\.damaged-[0-9TZ.-]+\.json$/;

/** What the file system said, as a code (`EROFS`), for a sentence. */
const errorCode = (error: unknown): string => errnoCode(error) ?? 'read error';

type CaseFieldValues = Pick<InvestigationCase, 'title' | 'purpose' | 'reference'>;

function summaryOf(found: InvestigationCase): CaseSummary {
  const { id, title, purpose, reference, createdAt, createdBy, updatedAt } = found;
  return {
    ...{ id, title, purpose, reference, createdAt, createdBy, updatedAt },
    pinnedCount: found.pinned.length,
    starredCount: found.starred.length,
  };
}

/**
 * Investigation cases, one JSON file each in the data folder's `cases` folder, written atomically and
 * one change at a time. A file that cannot be read is moved aside under a name of its own, named to
 * the operator by every list read while it is there, and never overwritten.
 */
export class CaseStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): Promise<CaseList> {
    return this.serialized(async () => {
      const names = await readdir(this.dir).catch((error: unknown) => {
        const code = errnoCode(error);
        if (code === 'ENOENT') return [] as string[];
        throw new ConsoleError('UNAVAILABLE', `The cases folder could not be read (${code ?? 'read error'}).`);
      });
      const cases: CaseSummary[] = [];
      const setAside: CaseList['setAside'] = [];
      for (const name of names.filter((each) => CASE_FILE.test(each))) {
        const read = await readFile(join(this.dir, name), 'utf8').then(
          (text) => ({ text, damage: damageOf(text, InvestigationCase) }),
          (error: unknown) => ({ text: null, damage: `it could not be read (${errorCode(error)})` }),
        );
        if (read.text !== null && read.damage === null) {
          cases.push(summaryOf(InvestigationCase.parse(JSON.parse(read.text))));
          continue;
        }
        // One file the console cannot read or move never hides the cases it can.
        setAside.push(await this.keepAside(name, read.damage ?? 'it could not be read'));
      }
      // Those an earlier read moved are named again: that read's answer may never have been shown (a case
      // chooser lists cases too), and a case kept aside stays the operator's to repair or remove.
      for (const keptAs of names.filter((each) => KEPT_ASIDE_FILE.test(each))) {
        const text = await readFile(join(this.dir, keptAs), 'utf8').catch(() => '');
        setAside.push({
          keptAs,
          reason: damageOf(text, InvestigationCase) ?? 'it could not be read when it was set aside',
          movedAside: true,
        });
      }
      cases.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      setAside.sort((a, b) => a.keptAs.localeCompare(b.keptAs));
      return { cases, setAside };
    });
  }

  /** Moves a damaged case file aside under a name of its own; where the disk refuses, it stays as it is. */
  private async keepAside(name: string, reason: string): Promise<CaseList['setAside'][number]> {
    const keptAs = name.replace(/\.json$/, `.damaged-${this.now().toISOString().replace(/:/g, '-')}.json`);
    try {
      await rename(join(this.dir, name), join(this.dir, keptAs));
      return { keptAs, reason, movedAside: true };
    } catch (error) {
      return {
        keptAs: name,
        reason: `${reason}; it could not be moved aside (${errorCode(error)})`,
        movedAside: false,
      };
    }
  }

  get(caseId: string): Promise<InvestigationCase> {
    return this.serialized(() => this.read(caseId));
  }

  create(fields: CaseFieldValues, by: string): Promise<InvestigationCase> {
    const at = this.now().toISOString();
    const created = InvestigationCase.parse({
      ...fields,
      v: 1,
      id: randomUUID(),
      createdAt: at,
      createdBy: by,
      updatedAt: at,
    });
    return this.serialized(async () => {
      await this.refuseTakenTitle(created.title);
      return this.write(created, 'The case was not created');
    });
  }

  /** Changes a case's title, purpose and reference; its evidence, and who opened it when, stay as they were. */
  edit(caseId: string, fields: CaseFieldValues): Promise<InvestigationCase> {
    return this.serialized(async () => {
      const found = await this.read(caseId);
      await this.refuseTakenTitle(fields.title, caseId);
      const edited = InvestigationCase.parse({ ...found, ...fields, updatedAt: this.now().toISOString() });
      return this.write(edited, 'The case was not changed');
    });
  }

  delete(caseId: string): Promise<void> {
    return this.serialized(async () => {
      await this.read(caseId);
      try {
        await rm(this.path(caseId));
      } catch (error) {
        throw toWriteFailure(error, 'The case was not deleted');
      }
    });
  }

  pin(
    caseId: string,
    label: string,
    query: LogQuery,
    view: PinnedView | undefined,
    by: string,
  ): Promise<InvestigationCase> {
    const at = this.now();
    const pinned: PinnedQuery = {
      id: randomUUID(),
      label,
      query: freezeTimeRange(query, at.getTime()),
      ...(view ? { view } : {}),
      pinnedAt: at.toISOString(),
      pinnedBy: by,
    };
    return this.change(caseId, 'The query was not pinned', (found) => ({
      ...found,
      pinned: [...roomFor(found.pinned, 'pinned'), pinned],
    }));
  }

  /**
   * Stars an event in a case once: an event the case holds already keeps its star (when and by whom it was
   * first starred, its summary), the new note added to its note. Two stars of one event in a case file
   * written before stay as they are; the note goes to the first.
   */
  star(caseId: string, event: Omit<StarredEvent, 'id' | 'starredAt' | 'starredBy'>, by: string) {
    const failed = 'The event was not starred';
    return this.serialized(async (): Promise<StarEventResult> => {
      const found = await this.read(caseId);
      const index = found.starred.findIndex((each) => each.family === event.family && each.recordId === event.recordId);
      const kept = found.starred[index];
      if (!kept) {
        const starred: StarredEvent = {
          ...event,
          id: randomUUID(),
          starredAt: this.now().toISOString(),
          starredBy: by,
        };
        const updated = { ...found, starred: [...roomFor(found.starred, 'starred'), starred] };
        return { outcome: 'added', case: await this.save(updated, failed) };
      }
      const note = joinStarNote(kept.note, event.note);
      if (note === kept.note) return { outcome: 'unchanged', case: found };
      const problem = joinedStarNoteProblem(kept.note, event.note);
      if (problem) throw new ConsoleError('BAD_REQUEST', problem, 'note');
      const starred = found.starred.map((each, at) => (at === index ? { ...each, note } : each));
      return { outcome: 'noteAdded', case: await this.save({ ...found, starred }, failed) };
    });
  }

  /**
   * Replaces a star's note, a blank one clearing it, and records when and by whom; when and by whom the
   * event was starred, and its summary, stay. The note the star holds already writes nothing.
   */
  editStarNote(caseId: string, starId: string, note: string, by: string) {
    return this.serialized(async (): Promise<EditStarNoteResult> => {
      const found = await this.read(caseId);
      const kept = found.starred.find((each) => each.id === starId);
      if (!kept) throw new ConsoleError('NOT_FOUND', STAR_GONE);
      const edited = note.trim() === '' ? '' : note;
      if (edited === kept.note) return { outcome: 'unchanged', case: found };
      const noteEditedAt = this.now().toISOString();
      const starred = found.starred.map((each) =>
        each.id === starId ? { ...each, note: edited, noteEditedAt, noteEditedBy: by } : each,
      );
      return { outcome: 'edited', case: await this.save({ ...found, starred }, 'The note was not saved') };
    });
  }

  unpin(caseId: string, pinId: string): Promise<InvestigationCase> {
    return this.change(caseId, 'The query was not unpinned', (found) => ({
      ...found,
      pinned: without(found.pinned, pinId, 'pinned query'),
    }));
  }

  unstar(caseId: string, starId: string): Promise<InvestigationCase> {
    return this.change(caseId, 'The event was not unstarred', (found) => ({
      ...found,
      starred: without(found.starred, starId, 'starred event'),
    }));
  }

  private change(caseId: string, failed: string, edit: (found: InvestigationCase) => InvestigationCase) {
    return this.serialized(async () => this.save(edit(await this.read(caseId)), failed));
  }

  /** Writes the changed case, its time of change now. */
  private save(changed: InvestigationCase, failed: string): Promise<InvestigationCase> {
    return this.write(InvestigationCase.parse({ ...changed, updatedAt: this.now().toISOString() }), failed);
  }

  /** Refuses a title another case (not `ownId`) has already; a case file that cannot be read names none. */
  private async refuseTakenTitle(title: string, ownId?: string): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const cases: InvestigationCase[] = [];
    for (const name of names.filter((each) => CASE_FILE.test(each))) {
      const text = await readFile(join(this.dir, name), 'utf8').catch(() => '');
      if (damageOf(text, InvestigationCase) === null) cases.push(InvestigationCase.parse(JSON.parse(text)));
    }
    const taken = caseTitleTaken(title, cases, ownId);
    if (taken) throw new ConsoleError('ALREADY_EXISTS', taken, 'title');
  }

  private path(caseId: string): string {
    return join(this.dir, `${caseId}.json`);
  }

  private async read(caseId: string): Promise<InvestigationCase> {
    let text: string;
    try {
      text = await readFile(this.path(caseId), 'utf8');
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'ENOENT') throw new ConsoleError('NOT_FOUND', 'No case has this id; it may have been deleted.');
      throw new ConsoleError('UNAVAILABLE', `The case could not be read (${code}).`);
    }
    const damage = damageOf(text, InvestigationCase);
    if (damage !== null) {
      throw new ConsoleError(
        'CORRUPT',
        `This case's file is damaged (${damage}); nothing will overwrite it. Open Investigations to have it kept aside.`,
      );
    }
    return InvestigationCase.parse(JSON.parse(text));
  }

  private async write(found: InvestigationCase, failed: string): Promise<InvestigationCase> {
    try {
      await writeFileAtomically(this.path(found.id), JSON.stringify(found, null, 2));
    } catch (error) {
      throw toWriteFailure(error, failed);
    }
    return found;
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
