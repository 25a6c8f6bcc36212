import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { UnusedParams } from '../../../../../src/renderer/src/pages/UnknownAddressPage';

const markup = (search: string, reads?: readonly string[]) =>
  renderToStaticMarkup(createElement(UnusedParams, { path: '/journal', search, reads }));
/** The notice's sentences, without its button. */
const said = (search: string, reads?: readonly string[]) =>
  markup(search, reads)
    .replace(/<button[^>]*>.*<\/button>/, '')
    .replace(/<[^>]+>/g, '');
const BADLY_ENCODED =
  'the link does not validly percent-encode it (a % not followed by two hex digits, or bytes that make no character), so nothing is read from it. Copy the link again from where it came from.';
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

describe('what a page says of the parameters it does not read', () => {
  it.each([
    [[], 'This page reads nothing from its address, so “zzz=1” was ignored.'],
    [['tab'], 'This page reads only tab from its address, so “zzz=1” was ignored.'],
    [['from', 'to'], 'This page reads only from and to from its address, so “zzz=1” was ignored.'],
    [
      ['operator', 'from', 'to'],
      'This page reads only operator, from and to from its address, so “zzz=1” was ignored.',
    ],
  ])('naming what it reads, %j', (reads, sentence) => {
    expect(said('zzz=1', reads)).toBe(sentence);
  });

  it('names a parameter the address does not validly percent-encode as written, as the logs page does', () => {
    expect(said(`case=%E0%A4%A&x=${JWT}`)).toBe(
      `This page reads nothing from its address, so “x=[redacted: JWT]” was ignored.case=%E0%A4%A: ${BADLY_ENCODED}`,
    );
  });

  it('leaves a badly encoded parameter the page reads to the page, which says it where it uses it', () => {
    expect(said('operator=%E0%A4%A&from=1', ['operator', 'from'])).toBe('');
    expect(said('operator=%E0%A4%A&zz=%', ['operator'])).toBe(`zz=%: ${BADLY_ENCODED}`);
  });

  it('masks a secret a badly encoded parameter carries', () => {
    const shown = said(`token=${JWT}%`);
    expect(shown).not.toContain(JWT.slice(0, 20));
    expect(shown).toContain('[redacted');
  });

  it('offers to show the page without what it did not read, naming what goes', () => {
    const button = (search: string) =>
      /<button[^>]*>(.*)<\/button>/.exec(markup(search))?.[1]?.replace(/<!-- -->/g, '');
    expect(button('zzz=1')).toBe('Show the page without zzz');
    expect(button('zzz=1&case=%')).toBe('Show the page without zzz and case');
    expect(button('a=1&b=2&c=%')).toBe('Show the page without these 3 parameters');
  });

  it('names a parameter written without = as written, not with an = it never had', () => {
    expect(said('%')).toBe(`%: ${BADLY_ENCODED}`);
    expect(said('zzz')).toBe('This page reads nothing from its address, so “zzz” was ignored.');
  });

  it('says nothing when the page reads every parameter given', () => {
    expect(said('from=1&to=2', ['from', 'to'])).toBe('');
  });
});
