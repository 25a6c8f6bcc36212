import { describe, expect, it } from 'vitest';
import type { ConnectionTestReport, FamilyCheck } from '../../../../../../src/shared/contract/settingsChannels';
import { connectionTestOutcome } from '../../../../../../src/renderer/src/features/settings/connectionTestOutcome';

const family = (check: Partial<FamilyCheck> & Pick<FamilyCheck, 'family' | 'pattern'>): FamilyCheck => ({
  indices: ['logs-2026.10'],
  indexCount: 1,
  missingFields: [],
  mistypedFields: [],
  textSearch: 'word sub-field',
  canRead: true,
  canListWords: true,
  problem: null,
  ...check,
});

const report = (families: FamilyCheck[], version: string | null = '9.4.3'): ConnectionTestReport => ({
  label: 'prod (https://es.example.com:9200)',
  state: 'connected',
  detail: null,
  code: null,
  version,
  clusterName: 'prod',
  clusterUuid: 'uuid',
  nodes: [{ url: 'https://es.example.com:9200', reachable: true, reason: null, version, detail: null }],
  identity: { username: 'auditor', realm: 'file', roles: [] },
  securityOff: false,
  families,
  journal: { index: 'audit-console-journal', canWrite: true, canRead: true },
});

const readable = [
  family({ family: 'operational', pattern: 'ops-*' }),
  family({ family: 'activity', pattern: 'act-*' }),
];

describe('what Test connection says of a cluster that answered', () => {
  it.each([
    ['every family readable', report(readable), 'ok', 'Connected to Elasticsearch 9.4.3.'],
    [
      'a version the cluster did not give',
      report(readable, null),
      'ok',
      'Connected to Elasticsearch (version unknown).',
    ],
    [
      'patterns that match nothing',
      report([
        family({
          family: 'operational',
          pattern: '*,-*',
          indexCount: 0,
          indices: [],
          problem: 'No index matches *,-*.',
        }),
        family({ family: 'activity', pattern: '-*', indexCount: 0, indices: [], problem: 'No index matches -*.' }),
      ]),
      'warning',
      'Connected to Elasticsearch 9.4.3. No index matches *,-*. No index matches -*. Check the index patterns; the report below gives each in full.',
    ],
    [
      'a pattern the user may not read, and one lacking a required field',
      report([
        family({ family: 'operational', pattern: 'ops-*', canRead: false }),
        family({
          family: 'activity',
          pattern: 'act-*',
          missingFields: [
            { field: 'createdAt', clusterField: 'createdAt', required: true },
            { field: 'message', clusterField: 'message', required: false },
          ],
        }),
      ]),
      'warning',
      'Connected to Elasticsearch 9.4.3. The user may not read ops-*. act-* lacks the required createdAt. Check the index patterns; the report below gives each in full.',
    ],
  ])('%s', (_case, tested, tone, text) => {
    expect(connectionTestOutcome(tested)).toEqual({ tone, text });
  });
});
