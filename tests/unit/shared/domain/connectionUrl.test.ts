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
