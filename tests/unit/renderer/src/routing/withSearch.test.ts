import { describe, expect, it } from 'vitest';
import { withSearch } from '../../../../../src/renderer/src/routing/withSearch';

describe('a route with its parameters', () => {
  it('writes the parameters after a ?', () => {
    expect(withSearch('/logs', new URLSearchParams({ action: 'delete', q: 'a b&c' }))).toBe(
      '/logs?action=delete&q=a+b%26c',
    );
  });

  it('gives the route alone when there are none, never a bare ?', () => {
    expect(withSearch('/logs', new URLSearchParams())).toBe('/logs');
    expect(withSearch('/clients/C-1/events', '')).toBe('/clients/C-1/events');
  });

  it('keeps parameters given as text exactly as written, one not validly percent-encoded too', () => {
    expect(withSearch('/clients/C-1/logs', 'gap=%E0%A4%A&last=24h')).toBe('/clients/C-1/logs?gap=%E0%A4%A&last=24h');
  });
});
