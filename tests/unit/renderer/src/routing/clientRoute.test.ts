import { describe, expect, it } from 'vitest';
import { clientRoute, parseClientRoute } from '../../../../../src/renderer/src/routing/clientRoute';

describe('the client page route', () => {
  it('round-trips any client id through the hash', () => {
    for (const id of ['661f1100386527b3f8004109', 'a/b?c#d', 'Zoë 100%', ' padded ']) {
      expect(parseClientRoute(clientRoute(id))).toEqual({ kind: 'client', clientId: id.trim() });
    }
    expect(parseClientRoute('/clients')).toEqual({ kind: 'directory' });
    expect(parseClientRoute('/clients/')).toEqual({ kind: 'directory' });
    expect(parseClientRoute('/clients/abc/sessions?gap=30')).toEqual({ kind: 'client', clientId: 'abc' });
  });

  it('says plainly what is wrong with junk in the address', () => {
    expect(parseClientRoute('/clients/%E0%A4%A')).toMatchObject({ kind: 'invalid', message: /readable client id/ });
    expect(parseClientRoute(`/clients/${encodeURIComponent('a\u0000b')}`)).toMatchObject({
      kind: 'invalid',
      message: /control characters; look the client up instead/,
    });
    expect(parseClientRoute(`/clients/${'x'.repeat(201)}`)).toEqual({
      kind: 'invalid',
      message:
        'The client id in the link is longer than any client id: at most 200 characters; this one has 201. Check the link, or look the client up instead.',
    });
    expect(parseClientRoute('/clients/%20%20')).toMatchObject({ kind: 'invalid', message: /cannot be empty/ });
  });
});
