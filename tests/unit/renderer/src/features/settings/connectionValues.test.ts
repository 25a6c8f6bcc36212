import { describe, expect, it } from 'vitest';
import {
  keepsSavedSecretBinding,
  sameConnectionValues,
  toRequest,
  valuesOfSaved,
  type SavedConnection,
} from '../../../../../../src/renderer/src/features/settings/connectionValues';

const saved: SavedConnection = {
  id: 'prod',
  name: 'Prod',
  url: 'https://es.example.com:9200',
  failoverUrls: ['https://es2.example.com:9200'],
  auth: { kind: 'basic', username: 'ops-user' },
  tls: { kind: 'system' },
  indexPatterns: { operational: 'crm-operational-*', activity: 'crm-activity-*' },
};

describe('a saved connection loaded into the form', () => {
  it('holds every value but the secret, and is sent back as an edit of the same id', () => {
    const values = valuesOfSaved(saved);
    expect(values).toMatchObject({ name: 'Prod', username: 'ops-user', secret: '', operational: 'crm-operational-*' });
    const request = toRequest(values, saved.id);
    expect(request).toEqual({ connection: { ...saved } });
    expect(request).not.toHaveProperty('secret');
  });

  it.each([
    ['nothing the secret is bound to changed', {}, true],
    ['the name and index patterns changed', { name: 'Prod EU', operational: 'eu-*' }, true],
    ['the address differs only in spelling', { url: 'HTTPS://ES.example.com:9200/' }, true],
    ['the user has spaces around it', { username: ' ops-user ' }, true],
    ['the host changed', { url: 'https://evil.example.com:9200' }, false],
    ['the port changed', { url: 'https://es.example.com:9201' }, false],
    ['the scheme changed', { url: 'http://es.example.com:9200' }, false],
    ['the user changed', { username: 'someone-else' }, false],
    ['the method changed', { authKind: 'apiKey' as const }, false],
    ['a node was added', { failoverUrls: 'https://es2.example.com:9200\nhttps://evil.example.com' }, false],
    ['the certificates trusted changed', { trustKind: 'fingerprint' as const, fingerprint: 'ab'.repeat(32) }, false],
  ])('keeps the saved secret when %s: %s', (_what, change, keeps) => {
    expect(keepsSavedSecretBinding({ ...valuesOfSaved(saved), ...change }, saved)).toBe(keeps);
  });
});

describe('an edit holds changes once a value differs from the one loaded', () => {
  const loaded = valuesOfSaved(saved);
  it.each([
    ['nothing typed', {}, true],
    ['a name typed back as it was', { name: 'Prod' }, true],
    ['a new name', { name: 'Prod 2' }, false],
    ['a secret typed', { secret: 'x' }, false],
    ['another method', { authKind: 'apiKey' as const }, false],
    ['a space after the address', { url: 'https://es.example.com:9200 ' }, false],
  ])('%s', (_, typed, same) => {
    expect(sameConnectionValues({ ...loaded, ...typed }, loaded)).toBe(same);
  });
});
