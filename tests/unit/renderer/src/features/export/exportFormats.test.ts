import { describe, expect, it } from 'vitest';
import {
  csvCanHold,
  caseFileWords,
  defaultName,
  firstFormat,
  withExtension,
} from '../../../../../../src/renderer/src/features/export/exportFormats';
import { portableFileNameProblem } from '../../../../../../src/shared/domain/portableFileName';

const operational = { family: 'operational' } as const;
const activity = { family: 'activity' } as const;

describe('the format the export dialog opens on', () => {
  it.each([
    ['one operational query', [operational], { isCase: false, bundleOffered: true }, 'csv'],
    ['a case of operational queries', [operational, operational], { isCase: true, bundleOffered: true }, 'csv'],
    [
      'a case of both families, bundle offered',
      [operational, activity],
      { isCase: true, bundleOffered: true },
      'bundle',
    ],
    ['a case of both families, no bundle', [activity, operational], { isCase: true, bundleOffered: false }, 'ndjson'],
    ['a view of both families', [operational, activity], { isCase: false, bundleOffered: true }, 'ndjson'],
  ] as const)('%s: %s', (_label, queries, options, format) => {
    expect(firstFormat(queries, options)).toBe(format);
  });

  it('offers CSV only for the queries of one family', () => {
    expect(csvCanHold([activity, activity])).toBe(true);
    expect(csvCanHold([activity, operational])).toBe(false);
  });
});

describe('the file name offered', () => {
  const at = new Date('2026-10-25T01:30:00Z');

  it('names the family, the minute in UTC and the format of the export', () => {
    expect(defaultName([{ family: 'activity' } as never], 'ndjson', at)).toBe('activity-logs-20261025-0130Z.ndjson');
    expect(defaultName([], 'bundle', at)).toBe('logs-20261025-0130Z.acbundle');
  });

  it("names a case's export after its reference, else its title, in words a file name carries everywhere", () => {
    const at = new Date('2026-10-25T01:30:00Z');
    const queries = [{ family: 'operational' } as never];
    expect(defaultName(queries, 'csv', at, { title: 'Withdrawals', reference: 'AML/2026 #42' })).toBe(
      'case-aml-2026-42-20261025-0130Z.csv',
    );
    expect(defaultName(queries, 'bundle', at, { title: '  Müller: "off-hours" edits?  ' })).toBe(
      'case-müller-off-hours-edits-20261025-0130Z.acbundle',
    );
    expect(defaultName(queries, 'ndjson', at, { title: '<>:|?*' })).toBe('case-20261025-0130Z.ndjson');
    expect(caseFileWords({ title: 'x'.repeat(300) })).toHaveLength(40);
    expect(caseFileWords({ title: `${'a'.repeat(39)} b` })).toBe('a'.repeat(39));
    for (const title of ['con', 'AUX', 'Über\u202Eevil', 'a/../b', '..']) {
      const name = defaultName(queries, 'csv', at, { title });
      expect(portableFileNameProblem(name)).toBeNull();
      expect(name).toMatch(/^case(-[\p{L}\p{N}-]+)?-20261025-0130Z\.csv$/u);
    }
  });

  it('changes the extension with the format, and adds one when there is none', () => {
    expect(withExtension('evidence.CSV', 'ndjson')).toBe('evidence.ndjson');
    expect(withExtension('evidence', 'bundle')).toBe('evidence.acbundle');
  });
});
