import { describe, expect, it } from 'vitest';
import { FindClientsRequest } from '../../../../src/shared/contract/clientChannels';
import { clientSearchText } from '../../../../src/shared/domain/clientDirectory';

describe('the text a client lookup searches for', () => {
  it.each([
    ['Aisha Georgiou', 'Aisha Georgiou'],
    ['  Aisha   Georgiou  ', 'Aisha Georgiou'],
    ['Aisha\t\nGeorgiou', 'Aisha Georgiou'],
    ['  aisha@example.com ', 'aisha@example.com'],
    ['   ', ''],
  ])('reads %j as %j', (typed, searched) => {
    expect(clientSearchText(typed)).toBe(searched);
  });

  it('is what a lookup request carries, and what its length limits count', () => {
    expect(FindClientsRequest.parse({ text: '  Aisha   Georgiou  ' })).toEqual({ text: 'Aisha Georgiou' });
    expect(FindClientsRequest.safeParse({ text: ' a   ' }).success).toBe(false);
    expect(FindClientsRequest.safeParse({ text: `a${' '.repeat(200)}b` }).success).toBe(true);
  });
});
