import { describe, expect, it } from 'vitest';
import type { Router } from '../../../../src/main/router/createRouter';
import {
  fourDigitGroups,
  growingPrefixAttack,
  guessWords,
  MatchCounter,
  type Target,
} from '../../../integration/support/oracleAttack';

/**
 * The attack helpers keep several calls in flight, yet spend and learn exactly what an attacker sending
 * one call at a time would: calls are counted up to the first hit, never past the budget.
 */
const TARGET: Target = {
  name: 'planted card',
  family: 'operational',
  docId: 'doc-1',
  at: '2026-05-30T10:00:00.000Z',
  secret: '4556',
};

/** A search that finds one match for each text in `hits`, recording the texts sent and the most in flight. */
function countingRouter(hits: readonly string[]) {
  const sent: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const router: Router = {
    async handle(_channel, payload) {
      const { text } = payload as { text: string };
      sent.push(text);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await Promise.resolve();
      inFlight -= 1;
      return { ok: true, data: { total: { value: hits.includes(text) ? 1 : 0, relation: 'eq' } } };
    },
  };
  return { router, sent, mostInFlight: () => mostInFlight };
}

describe('guessing words through a counted search', () => {
  it.each([
    { case: 'stops at the first hit', hits: ['0013', '0015'], visible: ['0005'], budget: 10_000, calls: 13 },
    { case: 'spends no call on a visible word', hits: ['0005', '0020'], visible: ['0005'], budget: 10_000, calls: 20 },
    { case: 'spends the budget exactly', hits: ['0013'], visible: [], budget: 5, calls: 5 },
    { case: 'counts a hit on the last call of the budget', hits: ['0004'], visible: [], budget: 5, calls: 5 },
  ])('$case', async ({ hits, visible, budget, calls }) => {
    const { router, sent, mostInFlight } = countingRouter(hits);
    const counter = new MatchCounter(router, TARGET, 'search');
    const outcome = await guessWords(counter, new Set(visible), fourDigitGroups(), { stopAtFirst: true, budget });
    const first = hits.find((hit) => !visible.includes(hit) && Number(hit) < calls + visible.length);
    expect(outcome).toEqual({ recovered: first === undefined ? [] : [first], calls, refusals: 0 });
    expect(sent.length).toBeLessThanOrEqual(budget);
    expect(sent).not.toContain(visible[0]);
    expect(mostInFlight()).toBeGreaterThan(1);
  });
});

describe('growing a prefix through a counted search', () => {
  it('finds what the serial attack finds, within the budget', async () => {
    const { router, sent } = countingRouter(['z', 'z9', 'q']);
    const outcome = await growingPrefixAttack(new MatchCounter(router, TARGET, 'search'), new Set(['q']), ['z9']);
    expect(outcome).toEqual({ recovered: ['z9'], calls: 72, refusals: 0 });
    expect(sent).toHaveLength(72);
  });

  it('stops at the budget mid-alphabet', async () => {
    const { router, sent } = countingRouter([]);
    const outcome = await growingPrefixAttack(new MatchCounter(router, TARGET, 'search'), new Set(), ['z9'], 20);
    expect(outcome).toEqual({ recovered: [], calls: 20, refusals: 0 });
    expect(sent).toHaveLength(20);
  });
});
