import { describe, expect, it } from 'vitest';
import type { CompileContext } from '../../../../../src/main/sources/elasticsearch/compileClauses';
import type { ElasticsearchAdapter } from '../../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import {
  PLAIN_ASCII_WORDS,
  type PrefixExpansion,
  type PrefixWords,
} from '../../../../../src/main/sources/elasticsearch/expandPrefix';
import {
  PrefixListings,
  REMEMBERED_LISTINGS,
  sameExpansion,
  type PrefixRequest,
} from '../../../../../src/main/sources/elasticsearch/PrefixListings';
import type { FieldCapabilities } from '../../../../../src/main/sources/elasticsearch/readFieldCapabilities';
import { ConsoleError } from '../../../../../src/shared/contract/errors';
import { deferred } from '../../../support/deferred';

const wordFields = { description: 'description.words', error: 'error.words' };
const capabilities: FieldCapabilities = {
  missingFields: [],
  keywordFields: {},
  wordFields,
  textSearch: 'word sub-field',
};
const ctx: CompileContext = {
  mapping: { operational: {}, activity: {} },
  scopeClientIds: null,
  nowMs: 0,
  wordFields,
};

/**
 * A cluster whose term dictionary is `words` (every word on description), answering each listing when
 * the test lets it (`hold`), and counting them.
 */
class FakeCluster {
  words = ['hunter', 'hunting'];
  listings = 0;
  failListings = false;
  hold: Promise<void> | null = null;

  readonly adapter = {
    rewriteQuery: async (
      _index: string,
      query: { bool: { should: { prefix: Record<string, { value: string }> }[] } },
    ) => {
      this.listings += 1;
      if (this.failListings) throw new ConsoleError('FORBIDDEN', 'This user may not rewrite queries');
      const [clause] = query.bool.should;
      const prefix = Object.values(clause?.prefix ?? {})[0]?.value ?? '';
      const reached = this.words.filter((word) => word.startsWith(prefix));
      if (this.hold) await this.hold;
      const explanation = reached.length
        ? reached.map((word) => `description.words:${word}`).join(' ')
        : `description.words:${prefix}* error.words:${prefix}*`;
      return { explanations: [explanation], failures: 0 };
    },
  } as unknown as ElasticsearchAdapter;
}

/** A search that records the words it was sent with, and when, relative to the listing. */
function recordingSearch(cluster: FakeCluster) {
  const sent: { words: PrefixWords['words'] | undefined; listingsDone: number }[] = [];
  let answered = 0;
  const search = async (searchCtx: CompileContext) => {
    sent.push({ words: searchCtx.prefixWords?.words, listingsDone: cluster.listings });
    answered += 1;
    return { answer: answered, words: searchCtx.prefixWords?.words };
  };
  return { sent, search };
}

function request(text: string, operatorId: string | null = 'ops-1', signal?: AbortSignal): PrefixRequest {
  return { family: 'operational', text, capabilities, ctx, operatorId, signal };
}

const listed = (...words: string[]): PrefixExpansion => ({ 'description.words': words, 'error.words': [] });

/** A cluster and the listings over it, before anything was searched. */
function fresh() {
  const cluster = new FakeCluster();
  const listings = new PrefixListings(cluster.adapter, { operational: 'logs-*', activity: 'activity-*' });
  return { cluster, listings };
}

/** A cluster and the listings over it, after `operatorId` searched `transaction hunt` once. */
async function searchedOnce(operatorId = 'ops-1') {
  const { cluster, listings } = fresh();
  await listings.run(request('transaction hunt', operatorId), recordingSearch(cluster).search);
  return { cluster, listings };
}

/** Holds every listing the cluster answers from now on until the returned function is called. */
function holdListings(cluster: FakeCluster): () => void {
  const hold = deferred();
  cluster.hold = hold.promise;
  return () => hold.resolve();
}

const afterTurns = () => new Promise((resolve) => setTimeout(resolve, 10));

/** A search of `text` started while the cluster holds its listings: what it sent and set aside, and its answer to come. */
function runWhileListing(cluster: FakeCluster, listings: PrefixListings, text: string) {
  const release = holdListings(cluster);
  const { sent, search } = recordingSearch(cluster);
  const discarded: unknown[] = [];
  const running = listings.run(request(text), search, async (answer) => {
    discarded.push(answer);
  });
  return { release, sent, discarded, running };
}

describe('PrefixListings', () => {
  it('sends a prefix not listed before at once as its plain ASCII pattern, and keeps the answer when that reaches every word', async () => {
    const { cluster, listings } = fresh();
    const { release, sent, discarded, running } = runWhileListing(cluster, listings, 'transaction hunt');
    await afterTurns();
    // The search left before the listing, which is still under way.
    expect(sent).toEqual([{ words: PLAIN_ASCII_WORDS, listingsDone: 0 }]);
    expect(cluster.listings).toBe(1);
    release();
    const answer = await running;
    expect(answer).toEqual({ answer: 1, words: PLAIN_ASCII_WORDS });
    expect(sent).toHaveLength(1);
    expect(discarded).toEqual([]);
  });

  it('searches a prefix not listed before again with the listed words when one holds more than plain ASCII', async () => {
    const { cluster, listings } = fresh();
    cluster.words.push('huntér');
    const { sent, search } = recordingSearch(cluster);
    const discarded: { answer: number }[] = [];
    const answer = await listings.run(request('transaction hunt'), search, async (page) => {
      discarded.push(page);
    });
    expect(sent.map((one) => one.words)).toEqual([PLAIN_ASCII_WORDS, listed('hunter', 'hunting', 'huntér')]);
    expect(answer).toEqual({ answer: 2, words: listed('hunter', 'hunting', 'huntér') });
    expect(discarded.map((page) => page.answer)).toEqual([1]);
  });

  it('never searches a prefix not listed before again for a word it may not reach, whatever its digits', async () => {
    const { cluster, listings } = fresh();
    // An ASCII digit, an Arabic-Indic digit, a superscript two, and a word longer than a prefix may reach.
    cluster.words.push('hunt3r', 'hunt٣', 'hunter²', 'huntaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    const { sent, search } = recordingSearch(cluster);
    await listings.run(request('transaction hunt'), search);
    expect(sent.map((one) => one.words)).toEqual([PLAIN_ASCII_WORDS]);
  });

  it('searches again with the exact pattern when the words cannot be listed, and guesses no more once refused', async () => {
    const { cluster, listings } = fresh();
    cluster.failListings = true;
    const { sent, search } = recordingSearch(cluster);
    const answer = await listings.run(request('transaction hunt'), search);
    expect(sent.map((one) => one.words)).toEqual([PLAIN_ASCII_WORDS, undefined]);
    expect(answer.answer).toBe(2);
    const after = recordingSearch(cluster);
    await listings.run(request('transaction season'), after.search);
    // The credentials may not list words: the exact pattern goes out once, after the refused listing.
    expect(after.sent).toEqual([{ words: undefined, listingsDone: 2 }]);
  });

  it('sends a text without a prefix at once, listing nothing', async () => {
    const { cluster, listings } = fresh();
    const { sent, search } = recordingSearch(cluster);
    await listings.run(request('"transaction hunt"'), search);
    expect(sent).toEqual([{ words: undefined, listingsDone: 0 }]);
  });

  it('sends the same prefix again beside a fresh listing, and keeps the answer when the words are the same', async () => {
    const { cluster, listings } = await searchedOnce();
    const { release, sent, discarded, running } = runWhileListing(cluster, listings, 'transaction hunt');
    await afterTurns();
    // The search left first, before the fresh listing was asked for, and the listing is still under way.
    expect(sent).toEqual([{ words: listed('hunter', 'hunting'), listingsDone: 1 }]);
    expect(cluster.listings).toBe(2);
    release();
    const answer = await running;
    expect(answer.answer).toBe(1);
    expect(sent).toHaveLength(1);
    expect(discarded).toEqual([]);
  });

  it('searches again with the fresh words when a word was indexed since, and sets the first answer aside', async () => {
    const { cluster, listings } = await searchedOnce();
    cluster.words.push('huntsman');
    const { sent, search } = recordingSearch(cluster);
    const discarded: { answer: number }[] = [];
    const answer = await listings.run(request('transaction hunt'), search, async (page) => {
      discarded.push(page);
    });
    expect(sent.map((one) => one.words)).toEqual([
      listed('hunter', 'hunting'),
      listed('hunter', 'hunting', 'huntsman'),
    ]);
    expect(answer).toEqual({ answer: 2, words: listed('hunter', 'hunting', 'huntsman') });
    expect(discarded.map((page) => page.answer)).toEqual([1]);
  });

  it('never searches again for a word the prefix may not reach: its time tells nothing of such words', async () => {
    const { cluster, listings } = await searchedOnce();
    // A word with a digit and one longer than a prefix may reach, indexed between two searches.
    cluster.words.push('hunt3r', 'huntaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    const { sent, search } = recordingSearch(cluster);
    await listings.run(request('transaction hunt'), search);
    expect(sent).toHaveLength(1);
  });

  it('guesses from a shorter prefix the operator listed, when typing on', async () => {
    const { cluster, listings } = await searchedOnce();
    const release = holdListings(cluster);
    const { sent, search } = recordingSearch(cluster);
    const running = listings.run(request('transaction hunti'), search);
    await afterTurns();
    expect(sent).toEqual([{ words: listed('hunting'), listingsDone: 1 }]);
    expect(cluster.listings).toBe(2);
    release();
    await running;
    expect(sent).toHaveLength(1);
  });

  it('waits for the fresh listing where the caller may not guess (a later page)', async () => {
    const { cluster, listings } = await searchedOnce();
    const release = holdListings(cluster);
    const { sent, search } = recordingSearch(cluster);
    const running = listings.run({ ...request('transaction hunt'), mayGuess: false }, search);
    await afterTurns();
    expect(sent).toEqual([]);
    release();
    await running;
    expect(sent).toEqual([{ words: listed('hunter', 'hunting'), listingsDone: 2 }]);
  });

  it('does not guess from what another operator searched', async () => {
    const { cluster, listings } = await searchedOnce('ops-1');
    const { sent, search } = recordingSearch(cluster);
    await listings.run(request('transaction hunt', 'ops-2'), search);
    expect(sent).toEqual([{ words: PLAIN_ASCII_WORDS, listingsDone: 1 }]);
  });

  it('remembers a bounded number of listings, forgetting the oldest first', async () => {
    const { cluster, listings } = fresh();
    for (let index = 0; index <= REMEMBERED_LISTINGS; index += 1) {
      await listings.run(request(`transaction hunt`, `ops-${index}`), recordingSearch(cluster).search);
    }
    const first = recordingSearch(cluster);
    await listings.run(request('transaction hunt', 'ops-0'), first.search);
    expect(first.sent.map((one) => one.words)).toEqual([PLAIN_ASCII_WORDS]);
    const last = recordingSearch(cluster);
    const release = holdListings(cluster);
    const running = listings.run(request('transaction hunt', `ops-${REMEMBERED_LISTINGS}`), last.search);
    await afterTurns();
    expect(last.sent.map((one) => one.words)).toEqual([listed('hunter', 'hunting')]);
    release();
    await running;
  });

  it('sets the early answer aside and passes a cancellation on when the caller gives up', async () => {
    const { cluster, listings } = await searchedOnce();
    const release = holdListings(cluster);
    const controller = new AbortController();
    const discarded: unknown[] = [];
    const running = listings.run(
      request('transaction hunt', 'ops-1', controller.signal),
      recordingSearch(cluster).search,
      async (answer) => {
        discarded.push(answer);
      },
    );
    await afterTurns();
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(discarded).toHaveLength(1);
    release();
  });

  it('passes the early search failure on when the fresh words are the same', async () => {
    const { listings } = await searchedOnce();
    const failure = new ConsoleError('UNAVAILABLE', 'The cluster did not answer');
    await expect(listings.run(request('transaction hunt'), () => Promise.reject(failure))).rejects.toBe(failure);
  });
});

describe('sameExpansion', () => {
  it('compares the words field by field, in order', () => {
    expect(sameExpansion(listed('a', 'b'), listed('a', 'b'))).toBe(true);
    expect(sameExpansion(listed('a', 'b'), listed('a'))).toBe(false);
    expect(sameExpansion(listed('a'), { 'description.words': ['a'] })).toBe(false);
    expect(sameExpansion(null, null)).toBe(true);
    expect(sameExpansion(listed('a'), null)).toBe(false);
  });
});
