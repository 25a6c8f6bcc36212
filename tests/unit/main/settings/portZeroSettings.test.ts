import { describe, expect, it } from 'vitest';
import { parseSettingsText } from '../../../../src/main/settings/storedSettings';
import { connectionProblems } from '../../../../src/shared/domain/settings';

const PORT = 'The port must be a whole number from 1 to 65535 (Elasticsearch listens on 9200 unless set otherwise).';

describe('a settings file holding a node on port 0, saved before it was refused', () => {
  it('still loads, and names the problem on that connection alone', () => {
    const stored = {
      connections: [
        { id: 'old', name: 'old', url: 'http://es1.example.com:0', auth: { kind: 'none' } },
        { id: 'good', name: 'good', url: 'https://es2.example.com:9200', auth: { kind: 'none' } },
      ],
    };
    const [old, good] = parseSettingsText(JSON.stringify(stored), '/data/settings.json').connections;
    if (!old || !good) throw new Error('Both connections should load');
    expect(old.url).toBe('http://es1.example.com:0');
    expect(connectionProblems(old)).toEqual([{ path: ['url'], message: PORT }]);
    expect(connectionProblems(good)).toEqual([]);
  });
});
