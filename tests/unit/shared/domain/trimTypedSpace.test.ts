import { describe, expect, it } from 'vitest';
import { trimTypedSpace } from '../../../../src/shared/domain/trimTypedSpace';

describe('trimTypedSpace takes away the space typed around a value, and only that', () => {
  it.each([
    ['spaces', '  client-7  ', 'client-7'],
    ['a tab and line ends', '\tclient-7\r\n', 'client-7'],
    ['a no-break space and an ideographic space', '\u00A0client-7\u3000', 'client-7'],
    ['space inside the value', ' Ada  Lovelace ', 'Ada  Lovelace'],
    ['nothing but space', ' \t\u00A0 ', ''],
    ['a byte order mark at the end', 'client-7\uFEFF', 'client-7\uFEFF'],
    ['a byte order mark at the start, behind a space', ' \uFEFFclient-7 ', '\uFEFFclient-7'],
    ['a zero-width space and a right-to-left override at the ends', '\u200Bclient-7\u202E', '\u200Bclient-7\u202E'],
  ])('%s', (_, typed, kept) => {
    expect(trimTypedSpace(typed)).toBe(kept);
  });
});
