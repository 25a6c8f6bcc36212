import { describe, expect, it } from 'vitest';
import { SaveConnectionRequest, TestConnectionRequest } from '../../../../src/shared/contract/settingsChannels';

const connection = {
  name: 'prod',
  url: 'https://es.example.com:9200',
  auth: { kind: 'apiKey' },
  indexPatterns: { operational: 'crm-operational-logs-*', activity: 'crm-client-activity-*' },
};

const issues = (secret: string, auth: object = connection.auth) =>
  SaveConnectionRequest.safeParse({ connection: { ...connection, auth }, secret }).error?.issues.map((issue) => [
    issue.path,
    issue.message,
  ]);

describe('an API key as pasted', () => {
  it.each([
    [
      'a zero-width space copied with it',
      'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==\u200B',
      'U+200B',
    ],
    ['a line break in the middle', 'VnVhQ2ZHY0JDZGJr\nUW0tZTVhT3g6dWkybHAy', 'U+000A'],
    ['a space', 'VnVhQ2ZHY0JD ZGJrUW0t', 'U+0020'],
    ['a typographic quote', '“VnVhQ2ZHY0JDZGJrUW0t”', 'U+201C'],
  ])('with %s is refused at its field, the character named', (_, secret, named) => {
    expect(issues(secret)).toEqual([
      [
        ['secret'],
        `An API key holds only letters, digits and the signs - _ = : + /; this one holds ${named}, which no key has. Paste the key again without it.`,
      ],
    ]);
  });

  it('is taken as it is when it holds only what a key holds, in a test as in a save', () => {
    const key = 'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==';
    expect(issues(key)).toBeUndefined();
    expect(issues('id_1-2:api/key+3')).toBeUndefined();
    expect(TestConnectionRequest.safeParse({ connection, secret: `${key} ` }).success).toBe(false);
  });

  it('leaves a password alone: any character may be in one', () => {
    expect(issues('pä€ word 😀\u200B', { kind: 'basic', username: 'auditor' })).toBeUndefined();
  });
});
