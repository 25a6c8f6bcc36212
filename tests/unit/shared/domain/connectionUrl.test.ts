import { describe, expect, it } from 'vitest';
import { describeConnectionUrlProblem, displayUrl } from '../../../../src/shared/domain/connectionUrl';
import { connectionLabel } from '../../../../src/shared/domain/settings';

describe('connection addresses', () => {
  it.each([
    ['https://es.example.com:9200', null],
    ['http://127.0.0.1:9200/proxy/es', null],
    ['es.example.com:9200', /must start with http/],
    ['not a url', /full address/],
    ['ftp://es.example.com', /http:\/\/ or https:\/\//],
    ['http://elastic:changeme@es:9200', /authentication fields/],
    ['http://token@es:9200', /authentication fields/],
    ['http://:pw@es:9200', /authentication fields/],
    ['https://es:9200/?api_key=abc', /no query/],
    ['https://es:9200/#x', /no query/],
  ])('%s -> %s', (url, expected) => {
    const problem = describeConnectionUrlProblem(url);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  const CREDENTIALS =
    'A user name or password is not kept in the address: remove it, and enter the credentials in the authentication fields.';
  const PORT = 'The port must be a whole number from 1 to 65535 (Elasticsearch listens on 9200 unless set otherwise).';
  const IPV6 = 'An IPv6 address goes between square brackets, with the port after them, e.g. https://[::1]:9200.';

  it.each([
    ['https://user:pass@host:99999/', `${CREDENTIALS} ${PORT}`],
    ['https://es.example.com:99999', PORT],
    ['https://es.example.com:92x0', PORT],
    ['https://[::1]:70000', PORT],
    ['http://auditor:s3cret@es:9200', CREDENTIALS],
    ['http://[::1', IPV6],
    ['http://[::1:9200', IPV6],
    ['http://::1]:9200', IPV6],
    ['https://fe80::1:9200', IPV6],
    ['https://user:pass@fe80::1:9200', `${CREDENTIALS} ${IPV6}`],
    ['https://2001:db8:0:0:0:0:0:1', IPV6],
    ['http://es:9200:9300', PORT],
    ['http://127.0.0.1:9200:9300', PORT],
  ])('says why the address %s is refused, never repeating a password', (url, expected) => {
    const problem = describeConnectionUrlProblem(url) ?? '';
    expect(problem).toBe(expected);
    expect(problem).not.toMatch(/pass@|s3cret/);
  });

  it.each([
    ['4111 1111 1111 1111', /^The cluster address holds what looks like a card number ending 1111; /],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc', /^The cluster address holds what looks like an access token; /],
  ])('names what a secret typed as an address looks like, without repeating it', (typed, expected) => {
    const problem = describeConnectionUrlProblem(typed) ?? '';
    expect(problem).toMatch(expected);
    expect(problem).not.toContain(typed.slice(0, 10));
  });

  it.each([
    ['https://es.example.com:9200', 'https://es.example.com:9200'],
    ['https://es.example.com:9200/', 'https://es.example.com:9200'],
    ['http://elastic:changeme@es:9200/p?password=x#y', 'http://es:9200/p'],
    ['nonsense', '(an address that is not a valid URL)'],
  ])('shows %s as %s', (url, shown) => {
    expect(displayUrl(url)).toBe(shown);
  });

  it('labels a connection by name and address, never with credentials', () => {
    expect(connectionLabel({ name: 'prod', url: 'http://u:secret@es:9200' })).toBe('prod (http://es:9200)');
  });
});
