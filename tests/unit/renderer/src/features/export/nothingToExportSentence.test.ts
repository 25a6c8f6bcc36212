import { describe, expect, it } from 'vitest';
import {
  nothingToExportSentence,
  refusedExportLead,
} from '../../../../../../src/renderer/src/features/export/nothingToExportSentence';

describe('nothingToExportSentence', () => {
  it.each([
    [
      1,
      false,
      'Nothing to export: the search matches no rows. Change the search to export some; no empty file is written.',
    ],
    [
      3,
      false,
      'Nothing to export: the 3 queries match no rows. Change the search to export some; no empty file is written.',
    ],
    [
      1,
      true,
      'Nothing to export: the case’s pinned query matches no rows. Pin a query that matches events with “Add to case…” on a view, then export the case again; no empty file is written.',
    ],
    [
      2,
      true,
      'Nothing to export: the case’s 2 pinned queries match no rows. Pin a query that matches events with “Add to case…” on a view, then export the case again; no empty file is written.',
    ],
  ])('%i queries, of a case: %s', (queries, isCase, sentence) => {
    expect(nothingToExportSentence(queries, isCase)).toBe(sentence);
  });

  it('never sends a case’s operator to a search the export dialog does not have', () => {
    expect(nothingToExportSentence(1, true)).not.toMatch(/search/);
    expect(nothingToExportSentence(4, true)).not.toMatch(/search/);
  });

  it('names what to mend when a query is refused: the search of a view, the pinned query of a case', () => {
    expect(refusedExportLead(false)).toBe('Nothing can be exported until the search is changed: ');
    expect(refusedExportLead(true)).not.toMatch(/search/);
    expect(refusedExportLead(true)).toMatch(/pinned query/);
  });
});
