import { describe, expect, it } from 'vitest';
import { cacheBase, distributionPaths, nodePaths, parsePort } from '../../../../scripts/elasticsearch/paths';

describe('parsePort', () => {
  it.each([
    { argv: [], env: {}, expected: 9200 },
    { argv: [], env: { ES_PORT: '' }, expected: 9200 },
    { argv: [], env: { ES_PORT: '9300' }, expected: 9300 },
    { argv: ['--port', '9201'], env: { ES_PORT: '9300' }, expected: 9201 },
    { argv: ['--port=9202'], env: {}, expected: 9202 },
    { argv: ['--verbose', '--port', '65535'], env: {}, expected: 65535 },
  ])('$argv with $env -> $expected', ({ argv, env, expected }) => {
    expect(parsePort(argv, env)).toBe(expected);
  });

  it.each([
    { argv: ['--port'], env: {}, message: /--port needs a value/ },
    { argv: ['--port', 'abc'], env: {}, message: /Invalid port from --port: "abc"/ },
    { argv: ['--port=0'], env: {}, message: /Invalid port/ },
    { argv: [], env: { ES_PORT: '70000' }, message: /Invalid port from ES_PORT: "70000"/ },
    { argv: [], env: { ES_PORT: '92.5' }, message: /Invalid port/ },
  ])('$argv with $env is refused', ({ argv, env, message }) => {
    expect(() => parsePort(argv, env)).toThrow(message);
  });
});

describe('cacheBase', () => {
  it.each([
    { env: { XDG_CACHE_HOME: '/x' }, root: false, expected: '/x/audit-console/elasticsearch' },
    { env: { XDG_CACHE_HOME: '/x' }, root: true, expected: '/x/audit-console/elasticsearch' },
    { env: {}, root: false, expected: '/home/dev/.cache/audit-console/elasticsearch' },
    { env: { XDG_CACHE_HOME: '' }, root: false, expected: '/home/dev/.cache/audit-console/elasticsearch' },
    { env: {}, root: true, expected: '/var/cache/audit-console/elasticsearch' },
  ])('$env, root=$root -> $expected', ({ env, root, expected }) => {
    expect(cacheBase(env, root, '/home/dev')).toBe(expected);
  });
});

describe('layout', () => {
  it('keeps the distribution per version and each node per port', () => {
    const dist = distributionPaths('/c', '9.4.3');
    expect(dist).toMatchObject({ zip: '/c/9.4.3/elasticsearch-9.4.3.zip', home: '/c/9.4.3/elasticsearch-9.4.3' });
    expect(nodePaths(dist.versionDir, 9201)).toMatchObject({
      config: '/c/9.4.3/nodes/9201/config',
      data: '/c/9.4.3/nodes/9201/data',
      logFile: '/c/9.4.3/nodes/9201/logs/audit-console-dev.log',
    });
  });
});
