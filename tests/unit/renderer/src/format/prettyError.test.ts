import { describe, expect, it } from 'vitest';
import { prettyError, summarizeError } from '../../../../../src/renderer/src/format/prettyError';

const MONGO = JSON.stringify({
  name: 'MongoServerError',
  message: 'E11000 duplicate key error collection: crm.settings_texts index: key_1_language_1',
  code: 11000,
});
const TIMEOUT = JSON.stringify({
  name: 'Error',
  message: 'connect ETIMEDOUT 10.20.1.2:443',
  stack:
    'Error: connect ETIMEDOUT 10.20.1.2:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)',
});

describe('prettyError', () => {
  it.each([
    [
      '{"code":502,"message":"Bad gateway"}',
      { kind: 'json', value: { code: 502, message: 'Bad gateway' }, stack: null },
    ],
    [
      'Error: Huntli refused\n    at send (/app/huntli.js:10:3)\n    at run (/app/queue.js:5:1)',
      {
        kind: 'stack',
        message: 'Error: Huntli refused',
        frames: ['at send (/app/huntli.js:10:3)', 'at run (/app/queue.js:5:1)'],
      },
    ],
    ['Error: x\\n    at a (b.js:1:1)', { kind: 'stack', message: 'Error: x', frames: ['at a (b.js:1:1)'] }],
    ['{not json', { kind: 'text', text: '{not json' }],
    ['timeout', { kind: 'text', text: 'timeout' }],
  ])('reads %s', (input, expected) => {
    expect(prettyError(input)).toEqual(expected);
  });

  it('lays out the stack a JSON error carries as lines', () => {
    expect(prettyError(TIMEOUT)).toMatchObject({
      kind: 'json',
      stack: {
        message: 'Error: connect ETIMEDOUT 10.20.1.2:443',
        frames: ['at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)'],
      },
    });
  });
});

describe('summarizeError', () => {
  it.each([
    [MONGO, 'MongoServerError: E11000 duplicate key error collection: crm.settings_texts index: key_1_language_1'],
    [TIMEOUT, 'Error: connect ETIMEDOUT 10.20.1.2:443'],
    ['{"code":"LIMIT_EXCEEDED","message":"Amount over the limit"}', 'LIMIT_EXCEEDED: Amount over the limit'],
    ['{"error":"Bad Gateway"}', 'Bad Gateway'],
    ['[1,2]', '[1,2]'],
    [
      'TypeError: Cannot read properties of undefined\n    at a (b.js:1:1)',
      'TypeError: Cannot read properties of undefined',
    ],
    ['\n  first line\nsecond line', 'first line'],
    ['{broken', '{broken'],
  ])('summarizes %s on one line', (input, expected) => {
    expect(summarizeError(input)).toBe(expected);
  });

  it('cuts a very long line so a cell shows where it ends', () => {
    const summary = summarizeError(`Error: ${'x'.repeat(400)}`);
    expect(summary).toHaveLength(160);
    expect(summary.endsWith('…')).toBe(true);
  });
});
