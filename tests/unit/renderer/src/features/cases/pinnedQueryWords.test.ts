import { describe, expect, it } from 'vitest';
import { pinnedQueryWords } from '../../../../../../src/renderer/src/features/cases/pinnedQueryWords';
import { LogQuery, type LogQueryInput } from '../../../../../../src/shared/query/logQuery';

const RLO = '\u202E';
const LONG = `bank${RLO}`.concat('x'.repeat(195));
const NAMES = { 'C-1': 'Ana Silva' };

const words = (label: string, query: LogQueryInput) =>
  pinnedQueryWords({ label, query: LogQuery.parse(query) }, NAMES, 'UTC');

describe('the words of a pinned query', () => {
  it.each<[string, string, LogQueryInput, string]>([
    [
      'the family, no filter and any time',
      'Operational logs',
      { family: 'operational' },
      'Operational logs — no filter · any time',
    ],
    [
      'each filter with its values, excluded ones, a party by name and id, the text and the frozen range',
      'Operational logs',
      {
        family: 'operational',
        filters: { action: ['delete', 'update'], clientId: ['C-1', 'C-2'] },
        exclude: { status: ['error'] },
        text: 'bank',
        timeRange: { kind: 'absolute', from: '2026-03-01T10:00:00.000Z', to: '2026-03-08T10:00:00.250Z' },
      },
      'Operational logs — Action: delete, update · Client: Ana Silva (C-1), C-2 · Status is not: error · Text: “bank” · ' +
        'Created: 2026-03-01 10:00:00 UTC → 2026-03-08 10:00:00.250 UTC',
    ],
    [
      'the family after a label that is not its name, an open bound as "…"',
      'Client C-1 · Events',
      {
        family: 'activity',
        filters: { clientId: ['C-1'] },
        timeRange: { kind: 'absolute', from: '2026-03-01T10:00:00.000Z' },
      },
      'Client C-1 · Events — Client activity · Client: Ana Silva (C-1) · Date: 2026-03-01 10:00:00 UTC → …',
    ],
    [
      'the first three values of a long list, the others counted',
      'Off-hours edits',
      { family: 'activity', filters: { eventId: ['e1', 'e2', 'e3', 'e4', 'e5'] } },
      'Off-hours edits — Client activity · Id: e1, e2, e3 and 2 more · any time',
    ],
    [
      'a text that searches for nothing, said to be ignored as the chips say it',
      'Operational logs',
      { family: 'operational', text: '!!' },
      'Operational logs — Text “!!” ignored: it holds no letter or digit, so it searches for nothing and every log matches · any time',
    ],
  ])('%s', (_, label, query, expected) => {
    expect(words(label, query)).toBe(expected);
  });

  it('names each hidden character and cuts a long value and a long text short', () => {
    const said = words(`Client ${RLO}x · Logs`, {
      family: 'operational',
      filters: { impactedTable: [LONG] },
      text: LONG,
    });
    const cut = `bank⟨U+202E⟩${'x'.repeat(74)}…`;
    expect(said).toBe(
      `Client ⟨U+202E⟩x · Logs — Operational logs · Impacted table: ${cut} · Text: “${cut}” · any time`,
    );
    expect(said).not.toContain(RLO);
  });
});
