import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { UnusedParams } from '../../../../../src/renderer/src/pages/UnknownAddressPage';

const said = (search: string, reads?: readonly string[]) =>
  renderToStaticMarkup(createElement(UnusedParams, { search, reads })).replace(/<[^>]+>/g, '');

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

  it('says nothing when the page reads every parameter given', () => {
    expect(said('from=1&to=2', ['from', 'to'])).toBe('');
  });
});
