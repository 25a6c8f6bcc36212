import { describe, expect, it } from 'vitest';
import { describeIndexPatternProblem } from '../../../../src/shared/domain/indexPattern';
import { DEFAULT_INDEX_PATTERNS } from '../../../../src/shared/domain/fieldMapping';
import { SaveConnectionRequest } from '../../../../src/shared/contract/settingsChannels';

describe('index patterns of a connection', () => {
  it.each([
    DEFAULT_INDEX_PATTERNS.operational,
    DEFAULT_INDEX_PATTERNS.activity,
    'crm-operational-logs-2025.06',
    'crm-logs-*,archive-logs-*',
    'crm-logs-*,-crm-logs-test*',
    'europe:crm-logs-*,crm-logs-*',
    '<crm-logs-{now/d{yyyy.MM.dd|+12:00}}>',
    '.ds-crm-logs-*',
    '  crm-logs-*  ',
  ])('accepts %s', (pattern) => {
    expect(describeIndexPatternProblem(pattern)).toBeNull();
  });

  it.each([
    ['crm logs-*', /“crm logs-\*” holds a space.*crm-logs-\*,archive-\*/],
    ['crm-logs-*, archive-*', /“ archive-\*” holds a space/],
    ['crm-logs-*,,archive-*', /empty between two commas/],
    ['crm-logs-*,', /empty between two commas/],
    ['Crm-Logs-*', /lowercase: write “crm-logs-\*” rather than “Crm-Logs-\*”/],
    ['crm-logs-?', /holds “\?”.*use \* to stand for any characters/],
    ['crm/logs', /holds “\/”/],
    ['_crm-logs', /starts with “_”/],
    ['-', /names no index/],
    ['europe:', /names no index/],
    ['..', /not an index name/],
  ])('refuses %s', (pattern, expected) => {
    expect(describeIndexPatternProblem(pattern)).toMatch(expected);
  });

  it.each([
    [
      'crm-\u202Eactivity-*',
      'U+202E, an invisible character that changes how the text reads; type it again without it',
    ],
    ['crm\u200B-logs-*', 'U+200B, an invisible character that changes how the text reads; type it again without it'],
    [
      'a\u200Bb\u202Ec',
      'U+200B and U+202E, invisible characters that change how the text reads; type it again without them',
    ],
  ])('refuses %j, naming its hidden characters', (pattern, named) => {
    expect(describeIndexPatternProblem(pattern)).toBe(`The index pattern cannot hold ${named}.`);
  });

  it('leaves an empty field to the schema’s own sentence', () => {
    expect(describeIndexPatternProblem('  ')).toBeNull();
  });

  it('quotes a long part by its start, so the sentence stays readable', () => {
    const problem = describeIndexPatternProblem(`${'a'.repeat(500)} b`) ?? '';
    expect(problem).toMatch(/^“a{59}…” holds a space/);
    expect(problem.length).toBeLessThan(200);
  });

  it('is said at the field when a connection is saved or tested', () => {
    const parsed = SaveConnectionRequest.safeParse({
      connection: {
        name: 'Production',
        url: 'https://es.example.com:9200',
        auth: { kind: 'none' },
        indexPatterns: { operational: 'crm-logs-*', activity: 'Crm-Activity-*' },
      },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'connection.indexPatterns.activity',
        'Index names are lowercase: write “crm-activity-*” rather than “Crm-Activity-*”.',
      ],
    ]);
  });

  it('refuses a hidden character at the field when a connection is saved or tested', () => {
    const parsed = SaveConnectionRequest.safeParse({
      connection: {
        name: 'Production',
        url: 'https://es.example.com:9200',
        auth: { kind: 'none' },
        indexPatterns: { operational: 'crm\u200B-logs-*', activity: 'crm-\u202Eactivity-*' },
      },
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'connection.indexPatterns.operational',
        'The index pattern cannot hold U+200B, an invisible character that changes how the text reads; type it again without it.',
      ],
      [
        'connection.indexPatterns.activity',
        'The index pattern cannot hold U+202E, an invisible character that changes how the text reads; type it again without it.',
      ],
    ]);
  });
});
