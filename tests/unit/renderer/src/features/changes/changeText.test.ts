import { describe, expect, it } from 'vitest';
import type { HistoryStep } from '../../../../../../src/shared/contract/changeChannels';
import type { EditBeforeWithdrawal, OffHoursEdit } from '../../../../../../src/shared/contract/riskChannels';
import {
  cellName,
  fieldList,
  historyStepPlaceAndAuthor,
  historyStepText,
  personWithId,
  personWithIdText,
  replacedValues,
  valueText,
} from '../../../../../../src/renderer/src/features/changes/changeText';
import {
  bulkRowName,
  offHoursRowName,
  offHoursStarWhat,
  withdrawalRowName,
  withdrawalStarWhat,
} from '../../../../../../src/renderer/src/features/changes/riskRowNames';

const RLO = '\u202E';
const ZWSP = '\u200B';
const field = `memo${RLO}x${ZWSP}`;
const SHOWN_FIELD = 'memo⟨U+202E⟩x⟨U+200B⟩';
const name = `Ana ${RLO}ateB`;
const SHOWN_NAME = 'Ana ⟨U+202E⟩ateB';

describe('what a change view shows of the logs', () => {
  it('names each hidden character of a list of field names', () => {
    expect(fieldList(['iban', field])).toBe(`iban, ${SHOWN_FIELD}`);
    expect(fieldList([])).toBe('');
  });

  it('names a person on a change page "Name (id)", as a client is named, else by what is known', () => {
    expect(personWithId(name, `m-${RLO}1`)).toBe(`${SHOWN_NAME} (m-⟨U+202E⟩1)`);
    expect(personWithId('m-1', 'm-1')).toBe('m-1');
    expect(personWithId(name, null)).toBe(SHOWN_NAME);
    expect(personWithId(null, 'm-1')).toBe('m-1');
    expect(personWithId(null, null, 'system')).toBe('system');
    expect(personWithId(null, null)).toBe('unknown');
  });

  it('keeps a person’s "Name (id)" exact where it is kept rather than shown', () => {
    expect(personWithIdText(name, `m-${RLO}1`)).toBe(`${name} (m-${RLO}1)`);
    expect(personWithIdText(null, 'm-1')).toBe('m-1');
    expect(personWithIdText(null, null)).toBe('unknown');
  });

  it('shows a value by its text, a hidden one as hidden, none as a dash, keeping its lines', () => {
    expect(valueText({ kind: 'string', text: `old ${RLO}value` }, false)).toBe('old ⟨U+202E⟩value');
    expect(valueText({ kind: 'string', text: 'one\ntwo' }, false)).toBe('one\ntwo');
    expect(valueText({ kind: 'string', text: `secret ${RLO}` }, true)).toBe('value hidden');
    expect(valueText(null, false)).toBe('—');
    // A value main cut short says how much of it is shown.
    expect(valueText({ kind: 'string', text: 'abc', wholeLength: 12_345 }, false)).toBe(
      'abc… (the first 3 of 12,345 characters)',
    );
  });

  it('cuts a long name in a narrow cell, its whole text (hidden characters named) in the tooltip', () => {
    expect(cellName(field)).toEqual({ text: SHOWN_FIELD, title: null });
    const long = `remark_${RLO}${'x'.repeat(300)}`;
    const cut = cellName(long, 40);
    // 40 characters as shown: the override's name counts as one.
    expect(cut.text).toBe(`remark_⟨U+202E⟩${'x'.repeat(31)}…`);
    expect(cut.title).toBe(`remark_⟨U+202E⟩${'x'.repeat(300)}`);
  });

  it('lists the values a bulk operation replaced with how many clients had each', () => {
    const from = [
      { value: { kind: 'string' as const, text: `a${RLO}b` }, clients: 3 },
      { value: null, clients: 1 },
    ];
    expect(replacedValues({ field, to: null, from, otherFrom: null, hidden: false })).toBe('a⟨U+202E⟩b (3), — (1)');
    expect(replacedValues({ field, to: null, from, otherFrom: null, hidden: true })).toBe(
      'value hidden (3), value hidden (1)',
    );
    expect(replacedValues({ field, to: null, from, otherFrom: { values: 1_480, clients: 1_502 }, hidden: false })).toBe(
      'a⟨U+202E⟩b (3), — (1), and 1,480 other values (1,502)',
    );
    // Each value's clients as every count reads: with the thousands separator.
    const many = [{ value: { kind: 'string' as const, text: 'EUR' }, clients: 12_480 }];
    expect(replacedValues({ field, to: null, from: many, otherFrom: null, hidden: false })).toBe('EUR (12,480)');
  });

  it('shows an edit of an entity history by its fields, and names its place and author "Name (id)" after them', () => {
    const step = {
      eventId: 'e1',
      eventName: `manager.${RLO}odd`,
      changedFields: ['iban', field],
      actorId: 'm-1',
      actorName: name,
    } as HistoryStep;
    expect(historyStepPlaceAndAuthor(step, 1)).toBe(`edit 2 by ${SHOWN_NAME} (m-1)`);
    expect(historyStepText(step)).toBe(`iban, ${SHOWN_FIELD}`);
    const none = { ...step, changedFields: [], actorName: null, actorId: null };
    expect(historyStepPlaceAndAuthor(none, 0)).toBe('edit 1 by unknown');
    expect(historyStepText(none)).toBe('manager.⟨U+202E⟩odd');
  });
});

describe('what a ranked risk row is called', () => {
  const client = { clientId: `c-${RLO}1`, clientName: `Zoë ${RLO}reiM${ZWSP}` };
  const SHOWN_CLIENT = 'Zoë ⟨U+202E⟩reiM⟨U+200B⟩ (c-⟨U+202E⟩1)';

  it('names an edit before a withdrawal by its client and fields', () => {
    const row = { rank: 3, ...client, edit: { fields: ['iban', field] } } as EditBeforeWithdrawal;
    expect(withdrawalRowName(row)).toBe(`Rank 3: client ${SHOWN_CLIENT}, iban, ${SHOWN_FIELD}`);
    expect(withdrawalRowName({ ...row, clientName: null })).toBe(`Rank 3: client c-⟨U+202E⟩1, iban, ${SHOWN_FIELD}`);
  });

  it('names an off-hours edit by its manager "Name (id)", hour and client', () => {
    const row = { rank: 1, ...client, actorId: 'm-1', actorName: name, hourUtc: 2 } as OffHoursEdit;
    expect(offHoursRowName(row)).toBe(`Rank 1: ${SHOWN_NAME} (m-1) at 2:00 UTC, client ${SHOWN_CLIENT}`);
    expect(offHoursRowName({ ...row, actorName: null })).toMatch(/^Rank 1: m-1 at/);
  });

  it('names the edit each row stars by its client and time, so two rows’ buttons differ', () => {
    const row = { rank: 1, ...client, edit: { fields: ['iban'] } } as EditBeforeWithdrawal;
    const at = (time: string) => withdrawalStarWhat(row, `2026-11-01 ${time} UTC`);
    expect(at('14:02:00')).toBe(`the edit of client ${SHOWN_CLIENT} at 2026-11-01 14:02:00 UTC`);
    expect(at('14:02:00')).not.toBe(at('14:03:00'));
    expect(withdrawalStarWhat({ ...row, clientId: 'c-2', clientName: null }, '2026-11-01 14:02:00 UTC')).toBe(
      'the edit of client c-2 at 2026-11-01 14:02:00 UTC',
    );
  });

  it('names the off-hours edit each row stars by its manager, client and time', () => {
    const row = { rank: 1, ...client, actorId: 'm-1', actorName: name } as OffHoursEdit;
    expect(offHoursStarWhat(row, '2026-11-01 02:10:00 UTC')).toBe(
      `the edit by ${SHOWN_NAME} (m-1) of client ${SHOWN_CLIENT} at 2026-11-01 02:10:00 UTC`,
    );
    expect(offHoursStarWhat({ ...row, actorId: 'm-2', actorName: null }, '2026-11-01 02:10:00 UTC')).toMatch(
      /^the edit by m-2 of client/,
    );
  });

  it('names a bulk operation by its id and size', () => {
    expect(bulkRowName({ rank: 2, bulkId: `b-${RLO}9`, clients: 140 })).toBe(
      'Rank 2: bulk operation b-⟨U+202E⟩9, 140 clients',
    );
    expect(bulkRowName({ rank: 1, bulkId: 'b-1', clients: 12_480 })).toBe('Rank 1: bulk operation b-1, 12,480 clients');
  });
});
