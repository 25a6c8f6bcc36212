import { describe, expect, it } from 'vitest';
import { readRoute } from '../../../../../../src/renderer/src/features/logGrid/readRoute';

const OUTSIDE = 'outside the years 1000 to 9999 (UTC) the console supports';

describe('readRoute: a bound outside the supported years is left out, saying which and why', () => {
  it('leaves out the start of 0000-01-01 to 9999-12-31 and keeps its end and filters', () => {
    const read = readRoute(
      'operational',
      new URLSearchParams('from=0000-01-01T00:00:00Z&to=9999-12-31T23:59:59Z&action=delete'),
    );
    expect(read.ignored).toEqual([
      { param: 'from', value: '0000-01-01T00:00:00Z', reason: `it is before 1000-01-01T00:00:00Z, ${OUTSIDE}` },
    ]);
    expect(read.query.timeRange).toEqual({ kind: 'absolute', to: '9999-12-31T23:59:59Z' });
    expect(read.query.filters).toEqual({ action: ['delete'] });
  });

  it.each([
    ['from', '0999-12-31T18:59:59-05:00', `it is before 1000-01-01T00:00:00Z, ${OUTSIDE}`],
    ['to', '9999-12-31T23:59:59-05:00', `it is after 9999-12-31T23:59:59.999Z, ${OUTSIDE}`],
    ['to', '+020000-01-01T10:00:00Z', `it is after 9999-12-31T23:59:59.999Z, ${OUTSIDE}`],
    ['from', '-000001-01-01T10:00:00Z', `it is before 1000-01-01T00:00:00Z, ${OUTSIDE}`],
  ])('leaves out %s %s', (param, value, reason) => {
    const read = readRoute('activity', new URLSearchParams({ [param]: value }));
    expect(read.ignored).toEqual([{ param, value, reason }]);
    expect(read.query.timeRange).toBeUndefined();
  });

  it('keeps the first and last instants supported', () => {
    const read = readRoute('activity', new URLSearchParams('from=1000-01-01T00:00:00Z&to=9999-12-31T23:59:59.999Z'));
    expect(read.ignored).toEqual([]);
    expect(read.query.timeRange).toEqual({
      kind: 'absolute',
      from: '1000-01-01T00:00:00Z',
      to: '9999-12-31T23:59:59.999Z',
    });
  });
});
