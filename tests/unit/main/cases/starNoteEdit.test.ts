import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type {
  EditStarNoteResult,
  InvestigationCase,
  StarEventResult,
} from '../../../../src/shared/domain/investigationCase';
import { caseRouterFixture, data, fields, investigator, supportLead } from './caseRouterFixture';

const { as, close, dir, journal } = caseRouterFixture();

const CARD = '4111 1111 1111 1111';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
const GIVES_AWAY = /4111 ?1111|eyJhbGci/;

const event = { family: 'activity', recordId: 'ev-7', summary: 'Bank details changed by Ann' } as const;

/** A case holding one star with a typo in its note, as Ivy starred it. */
async function starredCase() {
  const call = await as(investigator);
  const created = data<InvestigationCase>(await call('cases/create', fields));
  const starred = data<StarEventResult>(
    await call('cases/star', { caseId: created.id, ...event, note: 'Chnaged before the withdrawal' }),
  ).case;
  const star = starred.starred[0];
  if (!star) throw new Error('the star is missing');
  const caseFile = join(dir(), 'cases', `${created.id}.json`);
  const edit = (request: Record<string, unknown>) =>
    call('cases/editStarNote', { caseId: created.id, starId: star.id, ...request });
  return { call, created, star, caseFile, edit, written: () => readFileSync(caseFile, 'utf8') };
}

describe("editing a star's note", () => {
  it('replaces the note and records when and by whom; the star keeps when, by whom and what was starred', async () => {
    const { created, star, edit } = await starredCase();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-02T09:30:00.000Z') });
    try {
      const edited = data<EditStarNoteResult>(await edit({ note: 'Changed before the withdrawal' }));
      expect(edited.outcome).toBe('edited');
      expect(edited.case.starred).toEqual([
        {
          ...star,
          note: 'Changed before the withdrawal',
          noteEditedAt: '2026-11-02T09:30:00.000Z',
          noteEditedBy: 'Ivy',
        },
      ]);
      expect(edited.case.updatedAt).toBe('2026-11-02T09:30:00.000Z');
    } finally {
      vi.useRealTimers();
    }
    await close();
    const again = await as(investigator);
    const reread = data<InvestigationCase>(await again('cases/get', { caseId: created.id }));
    expect(reread.starred[0]).toMatchObject({ note: 'Changed before the withdrawal', starredAt: star.starredAt });
    expect(journal()).toContain('"channel":"cases/editStarNote"');
  });

  it('clears the note when the new one is blank', async () => {
    const { edit } = await starredCase();
    for (const note of ['  \n\t ', '']) {
      const cleared = data<EditStarNoteResult>(await edit({ note }));
      expect(cleared.case.starred.map((each) => each.note)).toEqual(['']);
    }
  });

  it('writes nothing, not even the case file, when the note is the one the star holds', async () => {
    const { edit, written } = await starredCase();
    const before = written();
    const same = data<EditStarNoteResult>(await edit({ note: 'Chnaged before the withdrawal' }));
    expect(same.outcome).toBe('unchanged');
    expect(same.case.starred[0]).not.toHaveProperty('noteEditedAt');
    expect(written()).toBe(before);
  });

  it.each([
    ['a card number', `Paid with ${CARD}`, 'The note holds what looks like a card number ending 1111'],
    ['a JWT', `Session token ${JWT}`, 'The note holds what looks like an access token'],
  ])('holding %s is refused without repeating it, and nothing is written or journaled of it', async (_, note, says) => {
    const { edit, written } = await starredCase();
    const before = written();
    const refused = await edit({ note });
    expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const message = refused.ok ? '' : refused.message;
    expect(message).toContain(says);
    expect(message).not.toMatch(GIVES_AWAY);
    expect(written()).toBe(before);
    expect(journal()).not.toMatch(GIVES_AWAY);
  });

  it('refuses a note past 20,000 characters, saying how long it is, and takes one of exactly 20,000', async () => {
    const { edit, written } = await starredCase();
    const before = written();
    expect(await edit({ note: 'n'.repeat(20_001) })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: expect.stringContaining(
        'The note is too long: shorten it to at most 20,000 characters; this one has 20,001.',
      ),
    });
    expect(written()).toBe(before);
    const full = data<EditStarNoteResult>(await edit({ note: 'n'.repeat(20_000) }));
    expect(full.case.starred[0]?.note).toHaveLength(20_000);
  });

  it('says a star or a case that is gone is gone, and writes nothing', async () => {
    const { call, created, star, edit, written } = await starredCase();
    data(await call('cases/removeEvidence', { caseId: created.id, kind: 'starred', itemId: star.id }));
    const before = written();
    expect(await edit({ note: 'Corrected' })).toEqual({
      ok: false,
      code: 'NOT_FOUND',
      message:
        'This case no longer holds that starred event; it may have been unstarred. Reopen the case to see its stars.',
    });
    expect(written()).toBe(before);
    data(await call('cases/delete', { caseId: created.id }));
    expect(await edit({ note: 'Corrected' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: 'No case has this id; it may have been deleted.',
    });
  });

  it('is refused to a role that does not manage cases, and for a request with fields it does not know', async () => {
    const { edit, created, star, written } = await starredCase();
    const before = written();
    expect(await edit({ note: 'Corrected', starredBy: 'Mallory' })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await edit({ note: 'Corrected', starId: 'not-an-id' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('That is not the id of a starred event'),
    });
    await close();
    const lead = await as(supportLead);
    const refused = await lead('cases/editStarNote', { caseId: created.id, starId: star.id, note: 'Corrected' });
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(written()).toBe(before);
  });

  it('reads a case file written before notes were edited, and edits its star', async () => {
    const { call, created, star, caseFile } = await starredCase();
    const old = {
      v: 1,
      id: created.id,
      title: created.title,
      purpose: created.purpose,
      reference: created.reference,
      createdAt: created.createdAt,
      createdBy: created.createdBy,
      updatedAt: created.updatedAt,
      pinned: [],
      starred: [{ ...event, id: star.id, note: 'As kept before', starredAt: star.starredAt, starredBy: 'Ivy' }],
    };
    writeFileSync(caseFile, JSON.stringify(old, null, 2));
    const read = data<InvestigationCase>(await call('cases/get', { caseId: created.id }));
    expect(read.starred).toEqual(old.starred);
    const edited = data<EditStarNoteResult>(
      await call('cases/editStarNote', { caseId: created.id, starId: star.id, note: 'As corrected' }),
    );
    expect(edited.case.starred[0]).toMatchObject({ note: 'As corrected', noteEditedBy: 'Ivy' });
    expect(JSON.parse(readFileSync(caseFile, 'utf8'))).toMatchObject({ v: 1, starred: [{ note: 'As corrected' }] });
  });
});
