import { describe, expect, it } from 'vitest';
import { lastLines } from '../../../../scripts/elasticsearch/exec';
import { type SettingValue, nodeSettings, renderSettingsYaml } from '../../../../scripts/elasticsearch/nodeSettings';

describe('nodeSettings', () => {
  it('binds to loopback on the given port with security on and HTTP TLS off', () => {
    expect(nodeSettings({ port: 9201, dataDir: '/d', logsDir: '/l' })).toMatchObject({
      'network.host': '127.0.0.1',
      'http.port': 9201,
      'discovery.type': 'single-node',
      'path.data': '/d',
      'path.logs': '/l',
      'xpack.security.enabled': true,
      'xpack.security.http.ssl.enabled': false,
    });
  });
});

describe('renderSettingsYaml', () => {
  it.each<{ settings: Record<string, SettingValue>; line: string }>([
    { settings: { 'http.port': 9200 }, line: 'http.port: 9200' },
    { settings: { 'xpack.security.enabled': true }, line: 'xpack.security.enabled: true' },
    { settings: { 'path.data': '/var/cache/a b' }, line: 'path.data: "/var/cache/a b"' },
    { settings: { 'node.name': 'x: "y"' }, line: 'node.name: "x: \\"y\\""' },
  ])('$line', ({ settings, line }) => {
    expect(renderSettingsYaml(settings).split('\n')).toContain(line);
  });
});

describe('lastLines', () => {
  it.each([
    { text: '', count: 3, expected: '' },
    { text: 'a\nb\nc\n', count: 2, expected: 'b\nc' },
    { text: 'a\nb', count: 5, expected: 'a\nb' },
    { text: 'a\nb\n\n\n', count: 1, expected: 'b' },
  ])('$text, $count', ({ text, count, expected }) => {
    expect(lastLines(text, count)).toBe(expected);
  });
});
