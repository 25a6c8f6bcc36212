import { describe, expect, it } from 'vitest';
import { authorizationHeader, parseExternalTarget } from '../../../../scripts/elasticsearch/esUrl';

describe('parseExternalTarget', () => {
  it.each([
    { env: {}, expected: undefined },
    { env: { ES_URL: '  ' }, expected: undefined },
    { env: { ES_URL: 'http://es:9200' }, expected: { url: 'http://es:9200' } },
    { env: { ES_URL: 'https://es.example.com/' }, expected: { url: 'https://es.example.com' } },
    { env: { ES_URL: 'https://proxy:8443/es/' }, expected: { url: 'https://proxy:8443/es' } },
    {
      env: { ES_URL: 'http://alice:s3cret@es:9200' },
      expected: { url: 'http://es:9200', username: 'alice', password: 's3cret' },
    },
    {
      env: { ES_URL: 'http://alice:p%40ss%3Aword@es:9200' },
      expected: { url: 'http://es:9200', username: 'alice', password: 'p@ss:word' },
    },
    {
      env: { ES_URL: 'http://es:9200', ES_USERNAME: 'bob', ES_PASSWORD: 'pw' },
      expected: { url: 'http://es:9200', username: 'bob', password: 'pw' },
    },
    {
      env: { ES_URL: 'http://alice:old@es:9200', ES_PASSWORD: 'new' },
      expected: { url: 'http://es:9200', username: 'alice', password: 'new' },
    },
    { env: { ES_URL: 'https://es:9243', ES_API_KEY: 'a2V5' }, expected: { url: 'https://es:9243', apiKey: 'a2V5' } },
  ])('$env', ({ env, expected }) => {
    expect(parseExternalTarget(env)).toEqual(expected);
  });

  it.each([
    { env: { ES_URL: 'es:9200' }, message: /ES_URL must start with http:\/\/ or https:\/\// },
    { env: { ES_URL: 'not a url' }, message: /ES_URL is not a valid URL/ },
    { env: { ES_URL: 'http://es:9200', ES_USERNAME: 'bob' }, message: /no password: set ES_PASSWORD/ },
    { env: { ES_URL: 'http://es:9200', ES_PASSWORD: 'pw' }, message: /no username: set ES_USERNAME/ },
    { env: { ES_URL: 'http://a:b@es:9200', ES_API_KEY: 'k' }, message: /either ES_API_KEY or a username/ },
  ])('refuses $env', ({ env, message }) => {
    expect(() => parseExternalTarget(env)).toThrow(message);
  });
});

describe('authorizationHeader', () => {
  it.each([
    { target: { url: 'http://es' }, expected: undefined },
    { target: { url: 'http://es', apiKey: 'a2V5' }, expected: 'ApiKey a2V5' },
    { target: { url: 'http://es', username: 'elastic', password: 'pw' }, expected: 'Basic ZWxhc3RpYzpwdw==' },
  ])('$target', ({ target, expected }) => {
    expect(authorizationHeader(target)).toBe(expected);
  });
});
