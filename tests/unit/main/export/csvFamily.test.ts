import { describe, expect, it } from 'vitest';
import { csvFamily } from '../../../../src/main/export/formats/FormatWriter';

describe('the one log family of a CSV export', () => {
  it('is the family every query reads', () => {
    expect(csvFamily([{ family: 'activity' }, { family: 'activity' }])).toBe('activity');
  });

  it('refuses queries of both families, saying which format to choose instead and why', () => {
    expect(() => csvFamily([{ family: 'operational' }, { family: 'activity' }])).toThrow(
      'A CSV file holds the columns of one log family, and these queries read both operational and activity logs: ' +
        'choose NDJSON (each record whole, whatever its family) or an investigation bundle, or export each family on its own.',
    );
  });
});
