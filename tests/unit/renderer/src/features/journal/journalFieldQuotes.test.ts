import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  journalQuotedValues,
  readJournalRoute,
} from '../../../../../../src/renderer/src/features/journal/journalRoute';
import { FormField } from '../../../../../../src/renderer/src/features/settings/FormField';

const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What a journal field says of the filter a link gave it: its sentence, and the texts isolated in a `<bdi>` each. */
function saidAt(search: string, key: 'operator' | 'clientId' | 'outcome' | 'from') {
  const error = readJournalRoute(search, 'UTC').problems[key];
  const markup = renderToStaticMarkup(
    createElement(FormField, {
      label: key,
      error,
      quoted: journalQuotedValues(search)[key],
      children: (control) => createElement('input', control),
    }),
  );
  const sentence = /<span[^>]*class="field-error"[^>]*>(.*)<\/span>/.exec(markup)?.[1] ?? '';
  return {
    text: unescape(sentence.replace(/<\/?bdi>/g, '')),
    isolated: [...sentence.matchAll(/<bdi>(.*?)<\/bdi>/g)].map((match) => unescape(match[1] ?? '')),
  };
}

const params = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();

describe("a journal field's error quoting what a link gave it", () => {
  it('isolates each right-to-left value whole, so they keep their order and the sentence its own', () => {
    const search = params([
      ['operator', 'שלום 12'],
      ['operator', 'مرحبا'],
    ]);
    expect(saidAt(search, 'operator')).toEqual({
      text: 'The link gives the operator more than once (“שלום 12”, “مرحبا”); each was left out. Type the operator you mean and apply the filters.',
      isolated: ['שלום 12', 'مرحبا'],
    });
  });

  it('names a direction override by its code point inside the isolated value', () => {
    const search = params([
      ['client', '\u202Eabc'],
      ['client', 'C-1'],
    ]);
    expect(saidAt(search, 'clientId')).toEqual({
      text: 'The link gives the client more than once (“⟨U+202E⟩abc”, “C-1”); each was left out. Type the client id you mean and apply the filters.',
      isolated: ['⟨U+202E⟩abc', 'C-1'],
    });
  });

  it('isolates a value holding quotes of its own whole, and a value cut to its first 40 characters', () => {
    expect(saidAt(params([['outcome', 'ok” or “fine']]), 'outcome').isolated).toEqual(['ok” or “fine']);
    const long = `${'ש'.repeat(50)}`;
    expect(saidAt(params([['from', long]]), 'from').isolated).toEqual([`${'ש'.repeat(39)}…`]);
    expect(saidAt('operator=%E0%A4%A', 'operator').isolated).toEqual(['%E0%A4%A']);
  });

  it('leaves a sentence that quotes nothing the link gave as it is', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
    const said = saidAt(params([['operator', jwt]]), 'operator');
    expect(said.text).toMatch(/^The operator in the link looks like a JWT; /);
    expect(said.isolated).toEqual([]);
  });
});
