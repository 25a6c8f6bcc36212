import { describe, expect, it } from 'vitest';
import { withSearch } from '../../../../../src/renderer/src/routing/withSearch';

describe('a route with its parameters', () => {
  it('writes the parameters after a ?', () => {
    expect(withSearch('/logs', new URLSearchParams({ action: 'delete', q: 'a b&c' }))).toBe(
      '/logs?action=delete&q=a+b%26c',
    );
  });

  it.each([
    ['/logs', new URLSearchParams()],
    ['/logs', new URLSearchParams('?')],
    ['/clients/C-1/events', ''],
  ])('gives %s alone when there are no parameters (%o), never a bare ?', (path, params) => {
    expect(withSearch(path, params)).toBe(path);
  });

  it('keeps parameters given as text exactly as written, one not validly percent-encoded too', () => {
    expect(withSearch('/clients/C-1/logs', 'gap=%E0%A4%A&last=24h')).toBe('/clients/C-1/logs?gap=%E0%A4%A&last=24h');
    expect(withSearch('/logs', 'q=a?b')).toBe('/logs?q=a?b');
  });

  it("keeps a ? the address's own parameters start with, as the address wrote it", () => {
    expect(withSearch('/journal', '?outcome=refused')).toBe('/journal??outcome=refused');
  });
});
