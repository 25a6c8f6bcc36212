import { describe, expect, it } from 'vitest';
import {
  detailIdProblem,
  missingDetailSentence,
  readDetailParam,
  withDetailParam,
} from '../../../../../../src/renderer/src/features/logGrid/detailParam';

describe('the event a detail shows, in the address', () => {
  it('is written beside the query and taken out again, the other parameters as written', () => {
    const route = withDetailParam('/logs?action=delete&last=24h', 'op-42');
    expect(route).toBe('/logs?action=delete&last=24h&detail=op-42');
    expect(readDetailParam(route)).toBe('op-42');
    expect(withDetailParam(route, null)).toBe('/logs?action=delete&last=24h');
    expect(withDetailParam('/logs?detail=op-42', null)).toBe('/logs');
  });

  it('reads none from an address without it or with it empty', () => {
    expect(readDetailParam('/logs')).toBeNull();
    expect(readDetailParam('/logs?detail=')).toBeNull();
  });

  it('is not looked up when it holds a card number, which the sentence never repeats', () => {
    const problem = detailIdProblem('4111111111111111') ?? '';
    expect(problem).toMatch(/looks like a card number, an IBAN or another secret, so it was not looked up/);
    expect(problem).not.toContain('4111111111111111');
  });

  it('is not looked up when longer than any id, and the sentence quotes a readable part of it', () => {
    const problem = detailIdProblem('x'.repeat(5000)) ?? '';
    expect(problem).toMatch(/longer than any event id \(at most 200 characters\)/);
    expect(problem.length).toBeLessThan(300);
  });

  it('is looked up when it is an id', () => {
    expect(detailIdProblem('op-42')).toBeNull();
    expect(missingDetailSentence('op-42')).toBe(
      'No event with id “op-42” is among the logs you can see: the link may be wrong, or the event belongs to a client outside your scope. Close this note to go on with the logs.',
    );
  });
});
