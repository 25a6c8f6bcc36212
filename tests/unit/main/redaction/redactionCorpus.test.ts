import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../../src/main/redaction/redactSecrets';
import { findSecretSpans, redactText } from '../../../../src/main/redaction/sensitiveText';
import { materialize, SMALL } from '../demoData/datasetFixtures';
import { ordinaryCorpus } from './ordinaryCorpus';
import { leaks, plantedCorpus } from './secretCorpus';

const PLANTED = 4000;
const ORDINARY = 4000;

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(2)}%`;
}

describe('redaction on a generated corpus', () => {
  it('finds every planted secret: 100% recall, in whole records and in the text spans search reuses', () => {
    const corpus = plantedCorpus('redaction-corpus-1', PLANTED);
    const missed = corpus.filter(({ record, needles }) => {
      const { value } = redactSecrets(record);
      return needles.some((needle) => leaks(value, needle));
    });
    const inText = corpus.filter((planted) => planted.holder !== undefined);
    const missedInSpans = inText.filter(({ holder = '', needles }) =>
      needles.some((needle) => leaks(redactText(holder), needle)),
    );
    console.log(
      `redaction recall: ${percent(corpus.length - missed.length, corpus.length)} of ${corpus.length} planted secrets ` +
        `(${new Set(corpus.map((planted) => planted.kind.replace(/ \(.*| \+ .*/, ''))).size} kinds); text spans alone: ` +
        `${percent(inText.length - missedInSpans.length, inText.length)} of ${inText.length}`,
    );
    expect(missed.map(({ kind, placement, record }) => ({ kind, placement, record }))).toEqual([]);
    expect(missedInSpans.map(({ kind, holder }) => ({ kind, holder }))).toEqual([]);
  });

  it('changes nothing when run again over what it redacted', () => {
    for (const { record } of plantedCorpus('redaction-corpus-2', 500)) {
      const once = redactSecrets(record).value;
      const twice = redactSecrets(once);
      expect(twice.tally.total, JSON.stringify(once)).toBe(0);
    }
  });

  it('redacts no ordinary timestamp, id, amount, phone number, IP or version: 0 false positives', () => {
    const corpus = ordinaryCorpus('redaction-ordinary-1', ORDINARY);
    const redacted = corpus.filter(({ record }) => redactSecrets(record).tally.total > 0);
    const spanned = corpus.filter(({ record }) =>
      Object.values(record).some((value) => typeof value === 'string' && findSecretSpans(value).length > 0),
    );
    console.log(
      `redaction false positives: ${redacted.length} of ${corpus.length} ordinary records ` +
        `(${new Set(corpus.map((entry) => entry.kind)).size} kinds of value); text spans: ${spanned.length}`,
    );
    expect(redacted.map(({ kind, record }) => ({ kind, record, value: redactSecrets(record).value }))).toEqual([]);
    expect(spanned.length).toBe(0);
  });

  it('redacts nothing in a generated CRM dataset without planted violations', () => {
    const { documents } = materialize(SMALL);
    const redacted = documents.filter((item) => redactSecrets(item.doc).tally.total > 0);
    console.log(`redaction false positives: ${redacted.length} of ${documents.length} generated CRM documents`);
    expect(redacted.map((item) => redactSecrets(item.doc).value)).toEqual([]);
  });
});
