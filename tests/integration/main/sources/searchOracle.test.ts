import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { luhnCheckDigit } from '../../../../src/shared/domain/checksums';
import { deleteIndices } from '../../../../scripts/seed/deleteIndices';
import { generateDataset, type DatasetSummary } from '../../../../src/main/demoData/generateDataset';
import { loadDataset } from '../../../../scripts/seed/loadDataset';
import type { SeedDocument } from '../../../../src/main/demoData/seedDocument';
import { withReturnValue } from '../../../../scripts/seed/withReturnValue';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { openDevClusterSource } from '../../../../scripts/dev/devConnection';
import { installIndexTemplates } from '../../../../scripts/seed/installIndexTemplates';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { Router } from '../../../../src/main/router/createRouter';
import type { LogSource } from '../../../../src/shared/query/logSource';
import { textWords } from '../../../../src/shared/query/textWords';
import {
  fourDigitGroups,
  growingPrefixAttack,
  guessWords,
  MatchCounter,
  renderer,
  shortLetterWords,
  suggestAttack,
  visibleWords,
  type AttackOutcome,
  type ReadChannel,
  type Target,
} from '../../support/oracleAttack';
import '../../support/providedContext';

/**
 * The hostile test of free-text search as an oracle: for every secret the generator plants, and for
 * secrets planted here (grouped cards, a digit-free password in text, a card in a party's name), an
 * attacker at the renderer counts matches through search, facets, histogram and type-ahead, on the
 * cluster and on the embedded store, within 10,000 calls per secret and channel, and must learn no
 * character of the secret that the redaction marker does not show.
 */

const connection = inject('elasticsearch');
/** Thousands of calls per secret: on the code before the search rules each costs a query, so minutes. */
const ATTACK_TIMEOUT_MS = 40 * 60_000;
const PATTERNS = { operational: 'it-oracle-operational-logs-*', activity: 'it-oracle-client-activity-*' };
const DATASET = { clients: 12, days: 4, seed: 'it-search-oracle', endDate: '2026-05-31', injectViolations: true };

const card = (start: string) => start + String(luhnCheckDigit(start));
const GROUPED_WITH_SPACES = card('455673758689985').replace(/(\d{4})(?=\d)/g, '$1 ');
const GROUPED_WITH_DASHES = card('542523343010990').replace(/(\d{4})(?=\d)/g, '$1-');
const CARD_IN_NAME = card('453957876362148');
const WORDY_PASSWORD = 'marmalade';
const PARTY = { id: 'a0a0a0a0a0a0a0a0a0a0a0a0', name: `Dana Whitfield ${CARD_IN_NAME}` };

/** Secrets planted here into generated operational documents, beside the generator's own. */
const PLANTED: readonly { name: string; secret: string; text: (description: string) => string }[] = [
  {
    name: 'card grouped with spaces',
    secret: GROUPED_WITH_SPACES,
    text: (d) => `${d}; paid with card ${GROUPED_WITH_SPACES} today`,
  },
  {
    name: 'card grouped with dashes',
    secret: GROUPED_WITH_DASHES,
    text: (d) => `${d}; refund to card ${GROUPED_WITH_DASHES} queued`,
  },
  {
    name: 'digit-free password in text',
    secret: WORDY_PASSWORD,
    text: (d) => `${d}; login retried with password=${WORDY_PASSWORD} by support`,
  },
];

let summary: DatasetSummary;
let targets: Target[] = [];
let partyDocAt = '';
const routers: Record<'cluster' | 'embedded', Router | undefined> = { cluster: undefined, embedded: undefined };
const sources: LogSource[] = [];

function plant(documents: SeedDocument[]): Target[] {
  const planted: Target[] = [];
  const hosts = documents.filter((item) => item.family === 'operational' && !item.violations && item.doc.client);
  PLANTED.forEach((entry, index) => {
    const host = hosts[10 + index * 7];
    if (!host || host.family !== 'operational') throw new Error('not enough documents to plant into');
    host.doc.description = entry.text(host.doc.description);
    planted.push({
      name: entry.name,
      family: 'operational',
      docId: host.doc.id,
      at: host.doc.created,
      secret: entry.secret,
    });
  });
  const partyHost = hosts[40];
  if (!partyHost || partyHost.family !== 'operational') throw new Error('no document for the party');
  partyHost.doc.client = { ...PARTY };
  partyDocAt = partyHost.doc.created;
  return planted;
}

beforeAll(async () => {
  const generated = withReturnValue(generateDataset(DATASET), (value) => (summary = value));
  const documents = [...generated];
  const planted = plant(documents);
  const client = createElasticsearchClient({ ...connection, requestTimeoutMs: 120_000 });
  try {
    await deleteIndices(client, PATTERNS);
    await installIndexTemplates(client, PATTERNS);
    await loadDataset(client, documents, { patterns: PATTERNS });
  } finally {
    await client.close();
  }
  const cluster = (await openDevClusterSource(connection, { indexPatterns: PATTERNS })).source;
  const embedded = await EmbeddedLogSource.fromDocuments(documents.map((item) => item.doc));
  sources.push(cluster, embedded);
  routers.cluster = renderer(cluster);
  routers.embedded = renderer(embedded);
  const timeOf = new Map(
    documents.map((item) => [item.doc.id, item.family === 'operational' ? item.doc.created : item.doc.createdAt]),
  );
  targets = [
    ...summary.violations.map((violation, index) => ({
      name: `${violation.kind} #${index} (${violation.field})`,
      family: violation.family,
      docId: violation.docId,
      at: timeOf.get(violation.docId) ?? '',
      secret: secretMaterial(violation.kind, violation.value),
    })),
    ...planted,
  ];
}, 600_000);

afterAll(async () => {
  await Promise.all(sources.map((source) => source.close()));
});

/**
 * The secret itself, as a planted value holds it: the credential after its scheme, a cookie's value
 * after its name, a private key's body between its armour lines (scheme, name and armour are format,
 * not secret).
 */
function secretMaterial(kind: string, value: string): string {
  if (kind === 'bearerToken') return value.replace(/^\w+\s+/, '');
  if (kind === 'cookie') return value.slice(value.indexOf('=') + 1);
  if (kind === 'privateKey') return value.split('\n').slice(1, -1).join('\n');
  return value;
}

/**
 * Whether something the attacker confirmed reveals the secret: a word of it, or the start of one (what
 * a count of matches can tell), that the marker does not show.
 */
function revealsSecret(target: Target, found: string): boolean {
  return textWords(target.secret).some((word) => word.startsWith(found)) && !shownByMarker(target).has(found);
}

/** What the attacker may learn of a secret: the last four of a card, which its marker shows. */
function shownByMarker(target: Target): Set<string> {
  const digits = target.secret.replace(/\D/g, '');
  return /card/.test(target.name) ? new Set([digits.slice(-4)]) : new Set();
}

const report: string[] = [];

function record(engine: string, channel: string, target: Target, attack: string, outcome: AttackOutcome): void {
  const found = outcome.recovered.length > 0 ? `RECOVERED ${JSON.stringify(outcome.recovered)}` : 'nothing';
  report.push(
    `${engine.padEnd(8)} ${channel.padEnd(9)} ${target.name.padEnd(40)} ${attack.padEnd(22)} ${String(outcome.calls).padStart(6)} calls (${outcome.refusals} refused): ${found}`,
  );
}

describe.each(['cluster', 'embedded'] as const)('an attacker counting matches on the %s', (engine) => {
  it.each(['search', 'facets', 'histogram'] as const satisfies readonly ReadChannel[])(
    'learns no character of any planted secret through %s',
    async (channel) => {
      const router = routers[engine];
      if (!router) throw new Error('no router');
      expect(targets.length).toBeGreaterThanOrEqual(11);
      const learned: string[] = [];
      for (const target of targets) {
        const visible = await visibleWords(router, target);
        for (const shown of shownByMarker(target)) visible.add(shown);
        const secretWords = textWords(target.secret).filter((word) => !visible.has(word));
        const prefix = await growingPrefixAttack(new MatchCounter(router, target, channel), visible, secretWords);
        record(engine, channel, target, 'growing prefix', prefix);
        learned.push(
          ...prefix.recovered
            .filter((found) => revealsSecret(target, found))
            .map((found) => `${target.name}: ${found}`),
        );
        if (/card/.test(target.name)) {
          const groups = await guessWords(new MatchCounter(router, target, channel), visible, fourDigitGroups(), {
            stopAtFirst: true,
          });
          record(engine, channel, target, '4-digit groups alone', groups);
          learned.push(
            ...groups.recovered
              .filter((found) => revealsSecret(target, found))
              .map((found) => `${target.name}: ${found}`),
          );
        }
      }
      console.log(report.splice(0).join('\n'));
      expect(learned).toEqual([]);
    },
    ATTACK_TIMEOUT_MS,
  );

  it(
    'learns no party name past what it shows through type-ahead',
    async () => {
      const router = routers[engine];
      if (!router) throw new Error('no router');
      const outcome = await suggestAttack(router, 'client', PARTY.id, 'Dana Whitfield ');
      record(
        engine,
        'suggest',
        { name: 'card in a client name', family: 'operational', docId: PARTY.id, at: partyDocAt, secret: CARD_IN_NAME },
        'growing name',
        outcome,
      );
      console.log(report.splice(0).join('\n'));
      expect(outcome.recovered).toEqual([]);
    },
    ATTACK_TIMEOUT_MS,
  );

  it(
    'reaches a grouped card only at its first group, beside the word the row shows before it',
    async () => {
      const router = routers[engine];
      if (!router) throw new Error('no router');
      const learned: string[] = [];
      for (const target of targets.filter((item) => /grouped/.test(item.name))) {
        const visible = await visibleWords(router, target);
        const groups = target.secret.split(/\D/);
        const phrase = await guessWords(new MatchCounter(router, target, 'search'), visible, fourDigitGroups(), {
          shape: (guess) => `"card ${guess}"`,
          stopAtFirst: true,
        });
        record(engine, 'search', target, 'phrase "card NNNN"', phrase);
        const after = await guessWords(new MatchCounter(router, target, 'search'), visible, fourDigitGroups(), {
          shape: (guess) => `"${guess} ${target.name.includes('spaces') ? 'today' : 'queued'}"`,
          stopAtFirst: true,
        });
        record(engine, 'search', target, 'phrase "NNNN word"', after);
        learned.push(...phrase.recovered, ...after.recovered);
        expect(phrase.recovered.every((group) => group === groups[0])).toBe(true);
      }
      console.log(report.splice(0).join('\n'));
      // The first group is the card's brand prefix; the last four are shown by the marker, so never guessed.
      expect(learned.sort()).toEqual(
        [GROUPED_WITH_SPACES, GROUPED_WITH_DASHES].map((secret) => secret.slice(0, 4)).sort(),
      );
    },
    ATTACK_TIMEOUT_MS,
  );

  it(
    'confirms no one- or two-letter word hidden in a secret',
    async () => {
      const router = routers[engine];
      if (!router) throw new Error('no router');
      const learned: string[] = [];
      for (const target of targets) {
        const visible = await visibleWords(router, target);
        const outcome = await guessWords(new MatchCounter(router, target, 'search'), visible, shortLetterWords());
        record(engine, 'search', target, 'short words', outcome);
        learned.push(
          ...outcome.recovered.filter((word) => revealsSecret(target, word)).map((word) => `${target.name}: ${word}`),
        );
      }
      console.log(report.splice(0).join('\n'));
      expect(learned).toEqual([]);
    },
    ATTACK_TIMEOUT_MS,
  );

  it('can still guess a digit-free password written into text, word by word from a dictionary (a stated limit)', async () => {
    const router = routers[engine];
    if (!router) throw new Error('no router');
    const target = targets.find((item) => item.secret === WORDY_PASSWORD);
    if (!target) throw new Error('no planted password');
    const visible = await visibleWords(router, target);
    const dictionary = ['password1', 'letmein', 'sunshine', 'dragon', 'monkey', WORDY_PASSWORD, 'trustno1'];
    const outcome = await guessWords(new MatchCounter(router, target, 'search'), visible, dictionary);
    record(engine, 'search', target, 'dictionary', outcome);
    console.log(report.splice(0).join('\n'));
    expect(outcome.recovered).toEqual([WORDY_PASSWORD]);
  });
});
