import { describe, expect, it } from 'vitest';
import { contract } from '../../../../src/shared/contract/contract';
import { CHANNELS } from '../../../../src/shared/contract/channelMethods';
import type { KeptStar } from '../../../../src/shared/contract/caseChannels';
import type { InvestigationCase } from '../../../../src/shared/domain/investigationCase';
import { caseRouterFixture, data, fields, investigator, supportLead } from './caseRouterFixture';

const { as, close, journal } = caseRouterFixture();

/** The journal's lines as the router wrote them. */
const lines = () =>
  journal()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { channel: string; outcome?: string; request?: unknown });
const channelsJournaled = () => lines().map((line) => line.channel);

const event = { family: 'operational', recordId: 'op-1' } as const;
const CARD = '4111 1111 1111 1111';

describe("the journal's rule for cases", () => {
  it('answers the star form whether a case stars an event, with its note’s length only, and journals none of it', async () => {
    const call = await as(investigator);
    const created = data<InvestigationCase>(await call('cases/create', fields));
    const before = channelsJournaled();
    expect(data<KeptStar>(await call('cases/keptStar', { caseId: created.id, ...event }))).toEqual({
      starred: false,
      noteCharacters: 0,
    });
    await call('cases/star', { caseId: created.id, ...event, summary: 'wallet update by Ann', note: 'Seen 😀' });
    const kept = data<KeptStar>(await call('cases/keptStar', { caseId: created.id, ...event }));
    // The length as a note's limit counts it, an emoji one character; never the note.
    expect(kept).toEqual({ starred: true, noteCharacters: 6 });
    expect(JSON.stringify(kept)).not.toContain('Seen');
    await call('cases/list', {});
    // The star, a change, is journaled; the form's questions and the list of cases are not.
    expect(channelsJournaled().slice(before.length)).toEqual(['cases/star']);
    // Opening the case's evidence is.
    await call('cases/get', { caseId: created.id });
    expect(channelsJournaled().at(-1)).toBe('cases/get');
  });

  it('keeps journaling every change of a case and every export, and every refusal of a read it does not journal', async () => {
    const changes = CHANNELS.filter((channel) =>
      /^cases\/(create|edit|delete|pin|star|editStarNote|removeEvidence)$/.test(channel),
    );
    expect(changes).toHaveLength(7);
    const exports = CHANNELS.filter((channel) => /^(export|bundle)\/(preview|start|cancel)$/.test(channel));
    expect(exports).toHaveLength(4);
    expect(
      [...changes, ...exports, 'cases/get'].filter((channel) => !contract[channel as 'cases/get'].audited),
    ).toEqual([]);

    const lead = await as(supportLead);
    const refused = await lead('cases/keptStar', { caseId: '00000000-0000-4000-8000-000000000000', ...event });
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await lead('cases/list', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(lines().map(({ channel, outcome }) => [channel, outcome])).toEqual([
      ['cases/keptStar', 'refused'],
      ['cases/list', 'refused'],
    ]);
    await close();
  });

  it('refuses a card number sent as the event’s id, as a hostile renderer would send it, and journals the refusal without it', async () => {
    const call = await as(investigator);
    const created = data<InvestigationCase>(await call('cases/create', fields));
    const refused = await call('cases/keptStar', { caseId: created.id, family: 'operational', recordId: CARD });
    expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(JSON.stringify(refused)).not.toMatch(/4111/);
    expect(lines().at(-1)).toMatchObject({ channel: 'cases/keptStar', outcome: 'refused' });
    expect(journal()).not.toMatch(/4111 ?1111/);
  });
});
