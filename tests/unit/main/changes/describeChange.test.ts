import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../../src/main/changes/describeChange';
import { readManagerChange } from '../../../../src/shared/domain/clientActivity';
import { managerEdit } from './activityEvent';

const IBAN = 'DE89370400440532013000';

describe('describeChange', () => {
  it('shows a manager edit side by side, with redacted copies of each side', () => {
    const view = describeChange(
      managerEdit({
        changedFields: ['riskLevel', 'iban'],
        before: { riskLevel: 'low', iban: IBAN },
        after: { riskLevel: 'high', iban: null },
      }),
    );
    expect(view.view).toBe('diff');
    expect(view.comparison?.rows.map((row) => [row.label, row.status, row.hidden])).toEqual([
      ['riskLevel', 'changed', false],
      ['iban', 'typeChanged', true],
    ]);
    expect(view.copy?.before).toContain('"riskLevel": "low"');
    expect(view.copy?.before).not.toContain(IBAN);
    expect(view.notes).toEqual([]);
  });

  it('names a change that does not hold together', () => {
    const view = describeChange(
      managerEdit({
        changedFields: ['email', 'phone'],
        before: { email: 'a@x.example' },
        after: { email: 'b@x.example', city: 'Bonn' },
      }),
    );
    expect(view.notes).toEqual([
      'Listed as changed but with no value before or after: phone.',
      'Holds values for fields it does not list as changed: city.',
    ]);
  });

  it('shows a client profile edit as changed field names only, its values removed from the event too', () => {
    const view = describeChange(
      managerEdit(
        { changedFields: ['email'], before: { email: 'old@x.example' }, after: { email: 'new@x.example' } },
        {
          eventName: 'client.profile_edited',
          actorType: 'client',
          metadata: { changedFields: ['email', 'phone'], phone: '+49 30 1' },
        },
      ),
    );
    expect(view.view).toBe('namesOnly');
    expect(view.changedFields).toEqual(['email', 'phone']);
    expect(view.comparison).toBeNull();
    expect(view.copy).toBeNull();
    const text = JSON.stringify(view);
    for (const value of ['old@x.example', 'new@x.example', '+49 30 1']) expect(text).not.toContain(value);
  });

  it('says why a change that cannot be read is not compared, and keeps the raw document', () => {
    const raw = { actionType: 'update', target: 'client', changedFields: ['email'] };
    const event = { ...managerEdit({}), ...readManagerChange(raw) };
    expect(event.changeIssue?.reason).toMatch(/^change\.target: /);
    const view = describeChange(event);
    expect(view.view).toBe('noDiff');
    expect(view.reason).toMatch(/cannot be read \(change\.target: .*raw document is shown/);
    expect(view.event.changeIssue?.raw).toEqual(raw);
    expect(view.changedFields).toEqual(['email']);
  });

  it('says a manager event without a change has nothing to compare, and a client event is no edit', () => {
    expect(describeChange(managerEdit({}, { change: null })).reason).toMatch(/carries no change record/);
    const login = managerEdit({}, { change: null, actorType: 'client', eventName: 'client.logged_in' });
    expect(describeChange(login)).toMatchObject({
      view: 'noDiff',
      reason: expect.stringMatching(/not a manager edit/),
    });
  });
});
