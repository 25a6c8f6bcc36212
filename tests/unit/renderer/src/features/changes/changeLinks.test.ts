import { describe, expect, it } from 'vitest';
import {
  bulkPath,
  diffPath,
  historyPath,
  parseChangeRoute,
} from '../../../../../../src/renderer/src/features/changes/changeLinks';

describe('change-view links', () => {
  it('round-trips ids with slashes, spaces and question marks through the address', () => {
    expect(parseChangeRoute(diffPath('ev/1 ?x'))).toEqual({ page: 'diff', eventId: 'ev/1 ?x' });
    expect(parseChangeRoute(historyPath('bank account', 'a/b', 'ev?2'))).toEqual({
      page: 'history',
      targetType: 'bank account',
      targetId: 'a/b',
      eventId: 'ev?2',
    });
    expect(parseChangeRoute(bulkPath('bulk-7'))).toEqual({ page: 'bulk', bulkId: 'bulk-7' });
    expect(parseChangeRoute('/risk')).toEqual({ page: 'risk' });
  });

  it.each(['/diff', '/diff/', '/diff/a/b', '/diff/%E0%A4%A', '/history/client', '/history//x', '/bulk/'])(
    'names %s a bad link instead of guessing',
    (route) => {
      expect(parseChangeRoute(route)).toEqual({ page: 'badLink', route });
    },
  );

  it('leaves other pages alone', () => {
    expect(parseChangeRoute('/logs')).toBeNull();
    expect(parseChangeRoute('/clients/c-1')).toBeNull();
  });
});
