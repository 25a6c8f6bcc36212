import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseList, InvestigationCase, StarEventResult } from '../../../../src/shared/domain/investigationCase';
import { caseRouterFixture, data, fields, investigator } from './caseRouterFixture';

const { as, dir } = caseRouterFixture();

const event = { family: 'activity', recordId: 'ev-7', summary: 'Bank details changed by Ann' } as const;

async function newCase(title = fields.title) {
  const call = await as(investigator);
  const created = data<InvestigationCase>(await call('cases/create', { ...fields, title }));
  const star = async (request: Record<string, unknown>) =>
    call('cases/star', { caseId: created.id, ...event, ...request });
  const caseFile = join(dir(), 'cases', `${created.id}.json`);
  return { call, created, star, caseFile, written: () => readFileSync(caseFile, 'utf8') };
}

describe('starring an event a case holds already', () => {
  it('keeps one star, first starred and summed up as it was, its note and the new one after a blank line', async () => {
    const { call, created, star } = await newCase();
    const first = data<StarEventResult>(await star({ note: 'Seen on the client page' }));
    expect(first.outcome).toBe('added');
    const again = data<StarEventResult>(
      await star({ summary: 'Bank details changed (from the session)', note: 'In the session' }),
    );
    expect(again.outcome).toBe('noteAdded');
    const [kept] = first.case.starred;
    expect(again.case.starred).toEqual([{ ...kept, note: 'Seen on the client page\n\nIn the session' }]);
    expect(data<InvestigationCase>(await call('cases/get', { caseId: created.id })).starred).toEqual(
      again.case.starred,
    );
    expect(data<CaseList>(await call('cases/list', {})).cases[0]?.starredCount).toBe(1);
  });

  it('takes the new note as the whole note of a star that had none', async () => {
    const { star } = await newCase();
    data(await star({ note: '' }));
    const again = data<StarEventResult>(await star({ note: 'Its before and after' }));
    expect(again.case.starred.map((each) => each.note)).toEqual(['Its before and after']);
  });

  it('changes nothing, not even the case file, when the new note is empty or blank', async () => {
    const { star, written } = await newCase();
    data(await star({ note: 'Seen on the client page' }));
    const before = written();
    for (const note of ['', '  \n ']) {
      const again = data<StarEventResult>(await star({ note }));
      expect(again.outcome).toBe('unchanged');
      expect(again.case.starred.map((each) => each.note)).toEqual(['Seen on the client page']);
    }
    expect(written()).toBe(before);
  });

  it('stars the same id of another family as an event of its own', async () => {
    const { star } = await newCase();
    data(await star({ note: 'an activity' }));
    const other = data<StarEventResult>(await star({ family: 'operational', note: 'an operation' }));
    expect(other.outcome).toBe('added');
    expect(other.case.starred.map((each) => [each.family, each.note])).toEqual([
      ['activity', 'an activity'],
      ['operational', 'an operation'],
    ]);
  });

  it('refuses a note that would take the star past what a note holds, saying by how much, and changes nothing', async () => {
    const { star, written } = await newCase();
    data(await star({ note: 'k'.repeat(19_000) }));
    const before = written();
    expect(await star({ note: 'n'.repeat(1_500) })).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      field: 'note',
      message:
        'This event is starred in the case already, and its note with yours added would have 20,502 characters; a note is at most 20,000. Shorten your note to at most 998 characters.',
    });
    expect(written()).toBe(before);
    const full = await newCase('Wallet drain, a full note');
    data(await full.star({ note: 'k'.repeat(20_000) }));
    expect(await full.star({ note: 'more' })).toMatchObject({
      ok: false,
      message:
        'This event is starred in the case already, and its note with yours added would have 20,006 characters; a note is at most 20,000. Its note has no room left: unstar it and star the event again with one shorter note.',
    });
  });

  it('reads a case file holding two stars of one event as written, and adds a new note to the first', async () => {
    const { call, created, star, caseFile, written } = await newCase();
    const at = '2026-03-01T10:00:00.000Z';
    const twice = ['Seen on the client page', 'In the session'].map((note, index) => ({
      id: `00000000-0000-4000-8000-00000000000${index}`,
      ...event,
      note,
      starredAt: at,
      starredBy: 'Ivy',
    }));
    writeFileSync(caseFile, JSON.stringify({ ...created, starred: twice }, null, 2));
    const before = written();
    expect(data<InvestigationCase>(await call('cases/get', { caseId: created.id })).starred).toEqual(twice);
    expect(data<CaseList>(await call('cases/list', {})).cases[0]?.starredCount).toBe(2);
    expect(written()).toBe(before);

    const again = data<StarEventResult>(await star({ note: 'From the risk view' }));
    expect(again.case.starred.map((each) => each.note)).toEqual([
      'Seen on the client page\n\nFrom the risk view',
      'In the session',
    ]);
  });
});
