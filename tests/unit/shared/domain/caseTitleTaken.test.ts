import { describe, expect, it } from 'vitest';
import { caseTitleTaken } from '../../../../src/shared/domain/caseTitleTaken';

const cases = [{ id: 'c1', title: 'Wallet drain', reference: 'INC-1' }];

describe('a case title another case already has', () => {
  it.each([
    ['the same title', 'Wallet drain'],
    ['other letters’ case and spaces around it', '  wallet DRAIN '],
    ['a no-break space between the words', 'Wallet\u00a0drain'],
    ['two spaces between the words', 'Wallet  drain'],
    ['a full-width letter', '\uff37allet drain'],
  ])('is refused when written with %s, naming the case', (_, title) => {
    expect(caseTitleTaken(title, cases)).toBe(
      'A case is already titled “Wallet drain” (INC-1); give this one another title, or add the evidence to that case.',
    );
  });

  it('is the case’s own when it is the case being edited', () => {
    expect(caseTitleTaken('Wallet\u00a0drain', cases, 'c1')).toBeNull();
  });

  it('leaves another title alone', () => {
    expect(caseTitleTaken('Wallet drains', cases)).toBeNull();
    expect(caseTitleTaken('   ', cases)).toBeNull();
  });
});
