import { describe, expect, it } from 'vitest';
import { queryToParams } from '../../../../../../src/renderer/src/features/logGrid/queryRoute';
import { readRoute } from '../../../../../../src/renderer/src/features/logGrid/readRoute';
import { withoutBlankText } from '../../../../../../src/renderer/src/features/logGrid/withoutBlankText';
import { OperationalQuery } from '../../../../../../src/shared/query/logQuery';

describe('a blank search text is no search, in the address as in the grid', () => {
  it.each(['   ', '\u00A0', '\u3000\u3000', '\u200B', '\uFEFF', ' \u200B '])(
    'a query typed as %j writes no text to the address',
    (text) => {
      const draft = { ...OperationalQuery.parse({ family: 'operational', filters: { action: ['delete'] } }), text };
      expect(queryToParams(draft).toString()).toBe('action=delete');
    },
  );

  it('writes searched text less the spaces around it', () => {
    const draft = { ...OperationalQuery.parse({ family: 'operational' }), text: '  refund ' };
    expect(queryToParams(draft).toString()).toBe('q=refund');
  });

  it.each([
    ['q=+++&action=delete', 'action=delete'],
    ['action=delete&q=%20%20%20&size=25', 'action=delete&size=25'],
    ['q=%C2%A0%E3%80%80', ''],
    ['q=%E2%80%8B&last=24h', 'last=24h'],
    ['q=%EF%BB%BF', ''],
    ['q=&action=delete', 'action=delete'],
    ['q&action=delete', 'action=delete'],
    ['q=+++&action=delete&from=%E0%A4%A', 'action=delete&from=%E0%A4%A'],
  ])('%s is read as no search, and written as %j', (search, written) => {
    const read = readRoute('operational', search);
    expect(read.query.text).toBeUndefined();
    expect(withoutBlankText(search)).toBe(written);
  });

  it.each(['q=refund', 'q=---', 'q=%E2%80%AE', 'q=+++&q=refund', 'action=delete', ''])(
    'leaves %j as written: a text that shows, one to refuse by name, or one given twice',
    (search) => {
      expect(withoutBlankText(search)).toBeNull();
    },
  );
});
