import { describe, expect, it } from 'vitest';
import { editsBeforeWithdrawal } from '../../../../../src/main/changes/risk/editsBeforeWithdrawal';
import { offHoursEdits } from '../../../../../src/main/changes/risk/offHoursEdits';
import { FINANCIAL_AND_CONTACT_GROUPS, WITHDRAWAL_EVENT } from '../../../../../src/shared/domain/riskRules';
import type { ClientActivity } from '../../../../../src/shared/domain/clientActivity';
import { managerEdit } from '../activityEvent';

const at = (hours: number) => new Date(Date.UTC(2025, 5, 1) + hours * 3_600_000).toISOString();

const edit = (id: string, hours: number, field: string, from: unknown, to: unknown, clientId = 'c-1') =>
  managerEdit(
    {
      changedFields: [field],
      before: { [field]: from },
      after: { [field]: to },
      target: { type: 'client', id: clientId },
    },
    { id, clientId, createdAt: at(hours) },
  );

const withdrawal = (id: string, hours: number, clientId = 'c-1'): ClientActivity => ({
  ...managerEdit({}, { id, clientId, createdAt: at(hours), change: null }),
  actorType: 'client',
  eventName: WITHDRAWAL_EVENT,
  metadata: { amount: 2500, currency: 'EUR' },
});

describe('editsBeforeWithdrawal', () => {
  const groups = [...FINANCIAL_AND_CONTACT_GROUPS];

  it('pairs an edit of a watched field with the next withdrawal within the hours, and finds its revert', () => {
    const edits = [
      edit('e-email', 0, 'email', 'a@x.example', 'b@x.example'),
      edit('e-back', 30, 'email', 'b@x.example', 'a@x.example'),
      edit('e-risk', 1, 'riskLevel', 'low', 'high'),
      edit('e-late', 0, 'email', 'c@x.example', 'd@x.example', 'c-2'),
    ];
    const rows = editsBeforeWithdrawal(edits, [withdrawal('w-1', 10), withdrawal('w-2', 60, 'c-2')], groups, 48);
    expect(rows).toEqual([
      {
        rank: 1,
        clientId: 'c-1',
        edit: expect.objectContaining({ eventId: 'e-email', fields: ['email'], groups: ['contact'] }),
        withdrawal: { eventId: 'w-1', createdAt: at(10), amount: 2500, currency: 'EUR' },
        msBetween: 10 * 3_600_000,
        revertedBy: { eventId: 'e-back', createdAt: at(30) },
      },
    ]);
  });

  it('ranks reverted edits first, then the shortest time to the withdrawal', () => {
    const edits = [
      edit('e-a', 0, 'email', 'a', 'b'),
      edit('e-b', 5, 'email', 'b', 'c', 'c-2'),
      edit('e-c', 2, 'email', 'x', 'y', 'c-3'),
      edit('e-c-back', 20, 'email', 'y', 'x', 'c-3'),
    ];
    const withdrawals = [withdrawal('w-1', 6), withdrawal('w-2', 6, 'c-2'), withdrawal('w-3', 40, 'c-3')];
    const rows = editsBeforeWithdrawal(edits, withdrawals, groups, 48);
    expect(rows.map((row) => [row.rank, row.edit.eventId, row.revertedBy?.eventId ?? null])).toEqual([
      [1, 'e-c', 'e-c-back'],
      [2, 'e-b', null],
      [3, 'e-a', null],
    ]);
    expect(editsBeforeWithdrawal(edits, withdrawals, groups, 5).map((row) => row.edit.eventId)).toEqual(['e-b']);
  });
});

describe('offHoursEdits', () => {
  it('lists edits at hours a manager does not otherwise work, once they have enough edits to judge', () => {
    const office = Array.from({ length: 60 }, (_, n) => edit(`d-${n}`, 24 * n + 9 + (n % 8), 'riskLevel', 'a', 'b'));
    const night = edit('night', 24 * 10 + 3, 'iban', 'x', 'y');
    const newcomer = managerEdit({}, { id: 'new-1', actorId: 'm-2', createdAt: at(3) });
    const { rows, managers } = offHoursEdits([...office, night, newcomer]);
    expect(rows.map((row) => [row.eventId, row.hourUtc])).toEqual([['night', 3]]);
    expect(managers.find((manager) => manager.actorId === 'm-1')?.usualHoursUtc).not.toContain(3);
    expect(managers.find((manager) => manager.actorId === 'm-2')).toMatchObject({ edits: 1, usualHoursUtc: [] });
  });
});
