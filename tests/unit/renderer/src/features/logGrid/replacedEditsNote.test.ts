import { describe, expect, it } from 'vitest';
import { replacedEditsNote } from '../../../../../../src/renderer/src/features/logGrid/replacedEditsNote';

describe('replacedEditsNote: what the filter panel says of unsaved edits the address replaced', () => {
  it.each<[string[], boolean, string | null]>([
    [[], true, null],
    [['clientId'], false, 'The address changed Client, so your unsaved change to it was replaced.'],
    [
      ['clientId', 'timeRange'],
      true,
      'The address changed Client and Created, so your unsaved changes to them were replaced. Your other unsaved changes are kept.',
    ],
    [
      ['action', 'subModel', 'text'],
      false,
      'The address changed Action, Sub model and Text in description or error, so your unsaved changes to them were replaced.',
    ],
  ])('%j, others kept: %s', (parts, othersKept, note) => {
    expect(replacedEditsNote('operational', parts, othersKept)).toBe(note);
  });
});
