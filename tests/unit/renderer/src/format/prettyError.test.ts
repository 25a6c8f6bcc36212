import { describe, expect, it } from 'vitest';
import { prettyError } from '../../../../../src/renderer/src/format/prettyError';

describe('prettyError', () => {
  it.each([
    ['{"code":502,"message":"Bad gateway"}', { kind: 'json', value: { code: 502, message: 'Bad gateway' } }],
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
});
