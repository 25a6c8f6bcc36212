import { describe, expect, it } from 'vitest';
import { familyLabel, familyRecordLabel } from '../../../../../src/renderer/src/format/familyLabel';

describe('what operators call a log family', () => {
  it.each([
    ['operational', 'Operational logs', 'Operational log'],
    ['activity', 'Client activity', 'Client activity'],
  ] as const)('words %s as a whole and one record of it', (family, whole, record) => {
    expect(familyLabel(family)).toBe(whole);
    expect(familyRecordLabel(family)).toBe(record);
  });
});
