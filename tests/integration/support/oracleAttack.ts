import type { Router } from '../../../src/main/router/createRouter';
import { createLogService } from '../../../src/main/services/createLogService';
import type { LogFamily } from '../../../src/shared/query/logQuery';
import type { Facet, Histogram, LogPage, LogSource, Suggestion } from '../../../src/shared/query/logSource';
import { textWords } from '../../../src/shared/query/textWords';
import { routerServing } from './routerServing';

/** The most calls an attacker may spend on one secret through one channel. */
export const CALL_BUDGET = 10_000;

/** What an attacker types after the words it already has: the characters a word can hold, lowercased. */
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyz0123456789'];

export type ReadChannel = 'search' | 'facets' | 'histogram';

/** A planted secret and where it sits: what the attacker sees of its document (never the secret itself). */
export interface Target {
  readonly name: string;
  readonly family: LogFamily;
  readonly docId: string;
  /** When the document was logged: the attacker narrows every count to this instant. */
  readonly at: string;
  readonly secret: string;
}

/** One console as a renderer reaches it: every call through the router, as an unscoped auditor. */
export function renderer(source: LogSource): Router {
  return routerServing(createLogService({ current: () => Promise.resolve(source) }), () => ({
    id: 'attacker',
    name: 'Curious auditor',
    role: 'auditor',
    scope: null,
  }));
}

const prefixOf = (family: LogFamily) => (family === 'operational' ? 'logs' : 'activity');
/** A facet every document of the family has a value for, so its buckets add up to the matches. */
const EVERYWHERE_FACET: Record<LogFamily, string> = { operational: 'action', activity: 'actorType' };

/** What the router answered one call. */
type Answer = Awaited<ReturnType<Router['handle']>>;

/**
 * Counts the matches of a text at the target's instant through one channel. A call is counted when
 * its answer is read, so an attacker that sent several at once and stopped at a hit has spent what
 * one sending them one at a time would have.
 */
export class MatchCounter {
  calls = 0;
  refusals = 0;

  constructor(
    private readonly router: Router,
    private readonly target: Target,
    private readonly channel: ReadChannel,
  ) {}

  /** Sends one count; nothing is counted until its answer is read. */
  ask(text: string): Promise<Answer> {
    const { family, at } = this.target;
    const query = { family, text, pageSize: 10, timeRange: { kind: 'absolute', from: at, to: at } };
    const prefix = prefixOf(family);
    return this.channel === 'search'
      ? this.router.handle(`${prefix}/search`, query, { trusted: true })
      : this.channel === 'facets'
        ? this.router.handle(`${prefix}/facets`, { query, fields: [EVERYWHERE_FACET[family]] }, { trusted: true })
        : this.router.handle(`${prefix}/histogram`, { query }, { trusted: true });
  }

  /** The matches one answer counts, null when the call was refused. */
  read(result: Answer): number | null {
    this.calls += 1;
    if (!result.ok) {
      if (result.code !== 'BAD_REQUEST') throw new Error(`${this.channel} failed: ${result.code} ${result.message}`);
      this.refusals += 1;
      return null;
    }
    if (this.channel === 'search') return (result.data as LogPage).total.value;
    if (this.channel === 'facets') {
      const [facet] = result.data as Facet[];
      return (facet?.buckets ?? []).reduce((sum, bucket) => sum + bucket.count, facet?.otherCount ?? 0);
    }
    return (result.data as Histogram).buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  }

  /**
   * Each item with the matches of its text, in order, sent in batches no larger than `room()` calls,
   * what is left of the budget.
   */
  async *countEach<T>(
    items: Iterable<T>,
    textOf: (item: T) => string,
    room: () => number,
  ): AsyncGenerator<[T, number | null]> {
    for await (const [item, answer] of askInOrder(items, (next) => this.ask(textOf(next)), room)) {
      yield [item, this.read(answer)];
    }
  }
}

/** How many calls an attacker keeps in flight at once: a renderer may send its calls concurrently. */
const CALLS_IN_FLIGHT = 8;

/**
 * Asks about each item, `CALLS_IN_FLIGHT` at once and never more than `room()` ahead, and yields each
 * item with its answer in order; answers past where the reader stops are never read.
 */
async function* askInOrder<T, A>(
  items: Iterable<T>,
  ask: (item: T) => Promise<A>,
  room: () => number,
): AsyncGenerator<[T, A]> {
  const pending = items[Symbol.iterator]();
  for (;;) {
    const size = Math.min(CALLS_IN_FLIGHT, room());
    const batch: T[] = [];
    for (let next; batch.length < size && !(next = pending.next()).done;) batch.push(next.value);
    if (batch.length === 0) return;
    const answers = await Promise.all(batch.map(ask));
    for (const [index, item] of batch.entries()) yield [item, answers[index] as A];
  }
}

/** The words of every row the attacker can read at the target's instant, as the console shows them. */
export async function visibleWords(router: Router, target: Target): Promise<Set<string>> {
  const query = {
    family: target.family,
    pageSize: 100,
    timeRange: { kind: 'absolute', from: target.at, to: target.at },
  };
  const result = await router.handle(`${prefixOf(target.family)}/search`, query, { trusted: true });
  if (!result.ok) throw new Error(`reading the target's rows failed: ${result.message}`);
  const page = result.data as LogPage;
  if (!page.rows.some((row) => row.id === target.docId)) throw new Error(`${target.name}: row not found`);
  return new Set(textWords(JSON.stringify(page.rows)));
}

/** What an attack learned: strings confirmed present that no visible word explains, and what it cost. */
export interface AttackOutcome {
  readonly recovered: string[];
  readonly calls: number;
  readonly refusals: number;
}

const explainedBy = (visible: Set<string>) => (candidate: string) =>
  [...visible].some((word) => word.startsWith(candidate));

/**
 * The growing-prefix attack: every one-character start, then each confirmed string grown by one more
 * character, strings no visible word explains first. Whatever is confirmed yet unexplained can only
 * come from the redacted text. Stops at the budget, or once the whole secret is confirmed.
 */
export async function growingPrefixAttack(
  counter: MatchCounter,
  visible: Set<string>,
  secretWords: readonly string[],
  budget = CALL_BUDGET,
): Promise<AttackOutcome> {
  const explained = explainedBy(visible);
  const recovered = new Set<string>();
  const unexplained: string[] = [''];
  const explainedQueue: string[] = [];
  const done = () => secretWords.length > 0 && secretWords.every((word) => recovered.has(word));
  while (counter.calls < budget && !done()) {
    const prefix = unexplained.pop() ?? explainedQueue.shift();
    if (prefix === undefined) break;
    const candidates = ALPHABET.map((char) => prefix + char);
    for await (const [candidate, matches] of counter.countEach(candidates, String, () => budget - counter.calls)) {
      if ((matches ?? 0) === 0) continue;
      if (explained(candidate)) explainedQueue.push(candidate);
      else {
        recovered.add(candidate);
        unexplained.push(candidate);
      }
    }
  }
  return { recovered: longestOnly(recovered), calls: counter.calls, refusals: counter.refusals };
}

/**
 * Whole-word guesses, each alone or in a quoted phrase beside a word the attacker can read; any
 * guess confirmed and not visible is recovered.
 */
export async function guessWords(
  counter: MatchCounter,
  visible: Set<string>,
  guesses: Iterable<string>,
  options: { shape?: (guess: string) => string; stopAtFirst?: boolean; budget?: number } = {},
): Promise<AttackOutcome> {
  const { shape = (guess: string) => guess, stopAtFirst = false, budget = CALL_BUDGET } = options;
  const recovered = new Set<string>();
  const start = counter.calls;
  const room = () => budget - (counter.calls - start);
  for await (const [guess, matches] of counter.countEach(unseen(guesses, visible), shape, room)) {
    if ((matches ?? 0) > 0) recovered.add(guess);
    if (stopAtFirst && recovered.size > 0) break;
  }
  return { recovered: [...recovered], calls: counter.calls - start, refusals: counter.refusals };
}

/** The guesses not already visible: an attacker spends no call on what the row shows. */
function* unseen(guesses: Iterable<string>, visible: Set<string>): Generator<string> {
  for (const guess of guesses) if (!visible.has(guess)) yield guess;
}

/** Every four-digit group, 0000 to 9999. */
export function* fourDigitGroups(): Generator<string> {
  for (let n = 0; n < 10_000; n++) yield String(n).padStart(4, '0');
}

/** Every word of one or two letters. */
export function* shortLetterWords(): Generator<string> {
  const letters = ALPHABET.slice(0, 26);
  for (const first of letters) yield first;
  for (const first of letters) for (const second of letters) yield first + second;
}

/**
 * The type-ahead attack: a party name's visible start grown a character at a time, each step kept
 * when the party is still suggested.
 */
export async function suggestAttack(
  router: Router,
  field: 'client' | 'employee',
  partyId: string,
  visibleStart: string,
  budget = CALL_BUDGET,
): Promise<AttackOutcome> {
  let calls = 0;
  let refusals = 0;
  let known = visibleStart.toLowerCase();
  const suggested = (prefix: string) => router.handle('logs/suggest', { field, prefix }, { trusted: true });
  for (let grew = true; grew && calls < budget;) {
    grew = false;
    // The console trims what is typed, so a space is only tried before another character.
    const steps = [...ALPHABET, '-', '.'].flatMap((next) => [next, ` ${next}`]);
    for await (const [char, result] of askInOrder(
      steps,
      (step) => suggested(known + step),
      () => budget - calls,
    )) {
      calls += 1;
      if (!result.ok) {
        refusals += 1;
        continue;
      }
      if ((result.data as Suggestion[]).some((party) => party.id === partyId)) {
        known += char;
        grew = true;
        break;
      }
    }
  }
  const learned = known.slice(visibleStart.length).trim();
  return { recovered: learned ? [learned] : [], calls, refusals };
}

/** Drops confirmed strings that a longer confirmed one starts with: what was learned, once. */
function longestOnly(found: Set<string>): string[] {
  return [...found].filter((item) => ![...found].some((other) => other !== item && other.startsWith(item)));
}
