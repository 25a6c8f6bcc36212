import { describe, expect, it } from 'vitest';
import type { Failure } from '../../../../src/shared/contract/errors';
import { notExportedSentence } from '../../../../src/shared/domain/notExportedSentence';

describe('why an export left no file, said once', () => {
  it.each<[Failure['code'], string, string]>([
    [
      'CANCELLED',
      'Export cancelled after 2 of 5 rows; nothing was kept.',
      'Export cancelled after 2 of 5 rows; nothing was kept.',
    ],
    [
      'DISK_FULL',
      'The disk holding /evidence is full (or your quota is used up); nothing was kept. Free some space.',
      'Not exported: The disk holding /evidence is full (or your quota is used up); nothing was kept. Free some space.',
    ],
    [
      'NOT_FOUND',
      'The file being written in /evidence was removed meanwhile; nothing was kept.',
      'Not exported: The file being written in /evidence was removed meanwhile; nothing was kept.',
    ],
    ['FORBIDDEN', 'Your role may not export.', 'Not exported: Your role may not export.'],
  ])('%s: %s', (code, message, sentence) => {
    expect(notExportedSentence({ code, message })).toBe(sentence);
  });
});
