import { describe, expect, it } from 'vitest';
import { flagOf, refusalSentence } from '../../../src/cli/refusalSentence';

describe('a refusal as the command line says it', () => {
  it('names the flag a request field is given with', () => {
    expect(flagOf('purpose')).toBe('--purpose');
    expect(flagOf('target.fileName')).toBe('--out');
    expect(flagOf('queries.0.text')).toBe('--text');
    expect(flagOf('text')).toBe('--text');
    expect(flagOf('filters.clientId.0')).toBe('--client');
    expect(flagOf('queries.2.timeRange.from')).toBe('--from');
    expect(flagOf('timeRange.to')).toBe('--to');
    expect(flagOf('timeRange')).toBe('--from and --to');
    expect(flagOf('timeZone')).toBe('--time-zone');
    // A field no flag sets, or one that only starts like one, names none.
    expect(flagOf('jobId')).toBeUndefined();
    expect(flagOf('textual')).toBeUndefined();
    expect(flagOf('filters.clientIdentity')).toBeUndefined();
    expect(flagOf(undefined)).toBeUndefined();
  });

  it("drops the router's field prefix and puts the flag first", () => {
    expect(
      refusalSentence({
        message: 'Invalid request — purpose: Say why you export (at least a few words)',
        field: 'purpose',
      }),
    ).toBe('--purpose: Say why you export (at least a few words)');
    expect(refusalSentence({ message: 'The folder /x does not exist.', field: 'target.directory' })).toBe(
      '--out: The folder /x does not exist.',
    );
  });

  it('leaves a sentence with no field, or a field no flag sets, as it is', () => {
    expect(refusalSentence({ message: 'The cluster did not answer in 30 s.' })).toBe(
      'The cluster did not answer in 30 s.',
    );
    expect(refusalSentence({ message: 'Invalid request — jobId: Invalid UUID', field: 'jobId' })).toBe('Invalid UUID');
  });
});
