import { describe, expect, it } from 'vitest';
import { SaveViewRequest } from '../../../../../../src/shared/contract/preferenceChannels';
import { SavedView } from '../../../../../../src/shared/domain/preferences';
import { viewNameLimit } from '../../../../../../src/renderer/src/features/logGrid/ViewNameNote';

describe('a saved view name checked as it is typed', () => {
  it('counts by character, as main does: a name of 100 emoji fits, 101 do not', () => {
    const hundred = '📁'.repeat(100);
    expect(SavedView.shape.name.safeParse(hundred).success).toBe(true);
    expect(viewNameLimit(hundred)).toEqual({ fits: true, note: '100/100' });
    expect(viewNameLimit(`${hundred}📁`)).toEqual({
      fits: false,
      note: 'The view name is too long: shorten it to at most 100 characters; this one has 101.',
    });
  });

  it('says nothing of a short name and counts one near the limit', () => {
    expect(viewNameLimit('Deletes this week')).toEqual({ fits: true, note: null });
    expect(viewNameLimit('v'.repeat(85))).toEqual({ fits: true, note: '85/100' });
  });

  it.each([
    ['a card number', 'Chargebacks 4111 1111 1111 1111'],
    ['an IBAN', 'Refunds to DE89370400440532013000'],
    ['a reordering character', 'deletes \u202eEVIL'],
  ])('refuses a name holding %s in the words main refuses it with, never quoting a number', (_label, name) => {
    const byMain = SaveViewRequest.shape.name.safeParse(name).error?.issues.map((issue) => issue.message) ?? [];
    expect(byMain).not.toEqual([]);
    expect(viewNameLimit(name)).toEqual({ fits: false, note: byMain.join(' ') });
    expect(viewNameLimit(name).note).not.toMatch(/4111 ?1111|3704 ?0044/);
  });
});
