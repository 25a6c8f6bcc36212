import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseList, InvestigationCase, StarEventResult } from '../../../../src/shared/domain/investigationCase';
import { caseRouterFixture, data, fields, investigator, supportLead } from './caseRouterFixture';

const { as, close, dir, journal } = caseRouterFixture();

const CARD = '4111 1111 1111 1111';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
/** Everything main wrote to disk: the case files and the journal. */
const written = () =>
  ['cases', 'journal']
    .flatMap((folder) =>
      readdirSync(join(dir(), folder)).map((name) => readFileSync(join(dir(), folder, name), 'utf8')),
    )
    .join('\n');

describe('editing a case', () => {
  it('changes its title, purpose and reference, keeps its evidence and who opened it, and is journaled', async () => {
    const call = await as(investigator);
    const created = data<InvestigationCase>(await call('cases/create', fields));
    await call('cases/star', { caseId: created.id, family: 'activity', recordId: 'ev-1', summary: 'login' });
    const change = { title: ' Wallet drain, second wave ', purpose: 'Withdrawals after two resets', reference: '' };
    const edited = data<InvestigationCase>(await call('cases/edit', { caseId: created.id, ...change }));
    expect(edited).toMatchObject({
      id: created.id,
      title: 'Wallet drain, second wave',
      purpose: 'Withdrawals after two resets',
      reference: '',
      createdAt: created.createdAt,
      createdBy: 'Ivy',
      starred: [expect.objectContaining({ recordId: 'ev-1' })],
    });
    expect(data<InvestigationCase>(await call('cases/get', { caseId: created.id }))).toEqual(edited);
    expect(journal()).toContain('"channel":"cases/edit"');
  });

  it('refuses what creating refuses, a case that is gone, and a role without cases', async () => {
    const call = await as(investigator);
    const created = data<InvestigationCase>(await call('cases/create', fields));
    const carded = await call('cases/edit', { caseId: created.id, ...fields, purpose: `Payments on ${CARD}` });
    expect(carded).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(!carded.ok && carded.message).toContain('The purpose holds what looks like a card number ending 1111');
    const untitled = await call('cases/edit', { caseId: created.id, ...fields, title: '  ' });
    expect(!untitled.ok && untitled.message).toContain('Give the case a title');
    const gone = { caseId: '5b0c6f0e-9a53-4c55-9c39-0d3c0f5f9a11', ...fields };
    expect(await call('cases/edit', gone)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(data<InvestigationCase>(await call('cases/get', { caseId: created.id }))).toEqual(created);
    expect(written()).not.toContain('4111');
    await close();
    const lead = await as(supportLead);
    expect(await lead('cases/edit', { caseId: created.id, ...fields })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('a case title', () => {
  it("is refused when another case has it, whatever its letters' case or spaces, naming that case", async () => {
    const call = await as(investigator);
    const first = data<InvestigationCase>(await call('cases/create', fields));
    const refusal = {
      ok: false,
      code: 'ALREADY_EXISTS',
      field: 'title',
      message: expect.stringContaining('A case is already titled “Wallet drain” (INC-42); give this one another title'),
    };
    expect(await call('cases/create', { ...fields, title: '  wallet DRAIN ', reference: '' })).toMatchObject(refusal);
    expect(data<CaseList>(await call('cases/list', {})).cases).toHaveLength(1);

    const second = data<InvestigationCase>(await call('cases/create', { ...fields, title: 'Card testing' }));
    expect(await call('cases/edit', { caseId: second.id, ...fields, title: 'WALLET drain' })).toMatchObject(refusal);
    expect(data<InvestigationCase>(await call('cases/get', { caseId: second.id })).title).toBe('Card testing');
    // A case keeps its own title, its letters' case changed or not.
    const kept = await call('cases/edit', { caseId: first.id, ...fields, title: 'Wallet Drain' });
    expect(data<InvestigationCase>(kept).title).toBe('Wallet Drain');
  });
});

describe("a starred event's note", () => {
  it.each([
    ['a card number', `Paid with ${CARD} minutes before`, 'The note holds what looks like a card number ending 1111'],
    ['a JWT', `Session token ${JWT}`, 'The note holds what looks like an access token'],
  ])('holding %s is refused by main, and nothing of it is kept or journaled', async (_kind, note, sentence) => {
    const call = await as(investigator);
    const created = data<InvestigationCase>(await call('cases/create', fields));
    const star = { caseId: created.id, family: 'operational', recordId: 'op-1', summary: 'wallet update' };
    const refused = await call('cases/star', { ...star, note });
    expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(!refused.ok && refused.message).toContain(sentence);
    expect(!refused.ok && refused.message).not.toMatch(/4111 ?1111|eyJhbGci/);
    expect(data<InvestigationCase>(await call('cases/get', { caseId: created.id })).starred).toEqual([]);
    expect(written()).not.toMatch(/4111 ?1111|eyJhbGci/);
    // The same note without the number or token is kept.
    const kept = data<StarEventResult>(
      await call('cases/star', { ...star, note: 'Paid with the card ending 1111' }),
    ).case;
    expect(kept.starred.map((each) => each.note)).toEqual(['Paid with the card ending 1111']);
  });
});
