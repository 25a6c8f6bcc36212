import { describe, expect, it } from 'vitest';
import {
  bulkPath,
  diffPath,
  historyPath,
  pageKey,
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

  it.each([
    [`/diff/${'e'.repeat(330)}`, 'An id is at most 200 characters; this link’s has 330.'],
    ['/bulk/%00%01', 'An id cannot hold control characters.'],
    [`/history/client/${encodeURIComponent('c-1\u007f')}`, 'An id cannot hold control characters.'],
    [`/history/${'t'.repeat(201)}/c-1`, 'An id is at most 200 characters; this link’s has 201.'],
  ])('names %s a bad link with what is wrong with its id', (route, problem) => {
    expect(parseChangeRoute(route)).toEqual({ page: 'badLink', route, problem });
  });

  it('leaves other pages alone', () => {
    expect(parseChangeRoute('/logs')).toBeNull();
    expect(parseChangeRoute('/clients/c-1')).toBeNull();
  });

  it('keys a page by what it shows, not by its parameters or a client page’s tab', () => {
    expect(pageKey('/logs?action=delete&last=24h')).toBe(pageKey('/logs'));
    expect(pageKey('/clients/c-1/logs?last=7d')).toBe(pageKey('/clients/c-1/sessions'));
    expect(pageKey('/clients')).toBe(pageKey('/clients/c-2'));
    expect(pageKey(historyPath('client', 'c-1', 'ev-1'))).toBe(pageKey(historyPath('client', 'c-1', 'ev-2')));
    expect(pageKey(historyPath('client', 'c-1'))).not.toBe(pageKey(historyPath('client', 'c-2')));
    expect(pageKey(diffPath('ev-1'))).not.toBe(pageKey(diffPath('ev-2')));
    expect(pageKey('/logs')).not.toBe(pageKey('/clients'));
  });
});
