import { describe, expect, it } from 'vitest';
import { compileToElasticsearch } from '../../../../../src/main/sources/elasticsearch/compileToElasticsearch';
import type { ElasticsearchAdapter } from '../../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { plainAsciiPrefixPattern } from '../../../../../src/main/sources/elasticsearch/compileClauses';
import {
  expandPrefix,
  onlyPlainAsciiTails,
  PLAIN_ASCII_WORDS,
  rewrittenTerms,
} from '../../../../../src/main/sources/elasticsearch/expandPrefix';
import { ConsoleError } from '../../../../../src/shared/contract/errors';
import { LogQuery } from '../../../../../src/shared/query/logQuery';

const fields = ['description.words', 'error.words'];

describe('reading a rewritten prefix query', () => {
  it('reads each field:term clause, dots and colons inside a word included', () => {
    expect(
      rewrittenTerms('description.words:huntli error.words:huntli.send error.words:hunt:er', fields, 'hunt'),
    ).toEqual([
      ['description.words', 'huntli'],
      ['error.words', 'huntli.send'],
      ['error.words', 'hunt:er'],
    ]);
  });

  it('reads a prefix that reached no word as no clause', () => {
    expect(rewrittenTerms('description.words:zzzz* error.words:zzzz*', fields, 'zzzz')).toEqual([]);
  });

  it('flags text it does not expect, so the caller falls back to the regexp', () => {
    expect(rewrittenTerms('MatchNoDocsQuery("no such field")', fields, 'hunt')).toContainEqual(['', null]);
    expect(rewrittenTerms('description.words:other', fields, 'hunt')).toEqual([['description.words', null]]);
    expect(rewrittenTerms('+(description.words:hunter)', fields, 'hunt')).toContainEqual(['', null]);
  });
});

describe('listing the words of a prefix', () => {
  const refusing = (error: ConsoleError) =>
    ({ rewriteQuery: () => Promise.reject(error) }) as unknown as ElasticsearchAdapter;

  it('answers null, so the regexp is sent, when the credentials may not rewrite queries', async () => {
    const forbidden = new ConsoleError('FORBIDDEN', 'The cluster does not allow ac-reader to read logs-*');
    expect(await expandPrefix(refusing(forbidden), 'logs-*', fields, 'hunt')).toBeNull();
  });

  it('passes a cancellation on', async () => {
    const cancelled = new ConsoleError('CANCELLED', 'The request was cancelled');
    await expect(expandPrefix(refusing(cancelled), 'logs-*', fields, 'hunt')).rejects.toBe(cancelled);
  });
});

describe('compiling a prefix with the words it reaches', () => {
  const query = LogQuery.parse({ family: 'operational', text: 'transaction hunt', pageSize: 50 });
  const ctx = {
    mapping: { operational: {}, activity: {} },
    scopeClientIds: null,
    nowMs: Date.UTC(2025, 5, 1),
    wordFields: { description: 'description.words', error: 'error.words' },
  };

  it('sends the listed words as a terms query, and nothing that is a regexp', () => {
    const compiled = compileToElasticsearch(query, {
      ...ctx,
      prefixWords: { prefix: 'hunt', words: { 'description.words': ['hunter'], 'error.words': [] } },
    });
    const text = JSON.stringify(compiled.query);
    expect(text).toContain('{"terms":{"description.words":["hunter"]}}');
    expect(text).toContain('{"terms":{"error.words":[]}}');
    expect(text).not.toContain('regexp');
  });

  it('keeps the bounded regexp when the words were listed for another prefix', () => {
    const compiled = compileToElasticsearch(query, {
      ...ctx,
      prefixWords: { prefix: 'hunte', words: { 'description.words': ['hunter'], 'error.words': [] } },
    });
    expect(JSON.stringify(compiled.query)).toContain('"regexp"');
  });

  it('sends the plain ASCII pattern in place of the words, bounded like the exact one', () => {
    const compiled = compileToElasticsearch(query, {
      ...ctx,
      prefixWords: { prefix: 'hunt', words: PLAIN_ASCII_WORDS },
    });
    const text = JSON.stringify(compiled.query);
    expect(text).toContain('{"regexp":{"description.words":{"value":"hunt[ -/:-~]{0,20}","flags":"NONE"}}}');
    expect(text).toContain('{"regexp":{"error.words":{"value":"hunt[ -/:-~]{0,20}","flags":"NONE"}}}');
    expect(text).not.toContain('terms');
  });

  it('escapes the prefix in the plain ASCII pattern and counts its room in characters', () => {
    expect(plainAsciiPrefixPattern('a.b*')).toBe('a\\.b\\*[ -/:-~]{0,20}');
    expect(plainAsciiPrefixPattern('jürg')).toBe('jürg[ -/:-~]{0,20}');
    expect(plainAsciiPrefixPattern('a'.repeat(30))).toBe(`${'a'.repeat(30)}[ -/:-~]{0,0}`);
  });
});

describe('whether the plain ASCII pattern reaches every listed word', () => {
  it('holds when each word adds only printable ASCII without digits to the prefix', () => {
    expect(onlyPlainAsciiTails({ a: ['hunter', 'huntli.send', "hunt's"], b: [] }, 'hunt')).toBe(true);
    expect(onlyPlainAsciiTails({ a: [] }, 'hunt')).toBe(true);
    expect(onlyPlainAsciiTails({ a: ['jürgen'] }, 'jürg')).toBe(true);
  });

  it('fails for a word adding a letter beyond ASCII, a digit, or a control character', () => {
    expect(onlyPlainAsciiTails({ a: ['hunter'], b: ['huntér'] }, 'hunt')).toBe(false);
    expect(onlyPlainAsciiTails({ a: ['hunt3r'] }, 'hunt')).toBe(false);
    expect(onlyPlainAsciiTails({ a: ['hunt\u0001'] }, 'hunt')).toBe(false);
    expect(onlyPlainAsciiTails({ a: ['other'] }, 'hunt')).toBe(false);
  });
});
