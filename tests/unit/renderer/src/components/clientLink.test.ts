import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ClientLink } from '../../../../../src/renderer/src/components/ClientLink';

/** The link's accessible name and its text, as a screen reader and a reader get them. */
function linkOf(clientId: string, name: string | null): { name: string; text: string } {
  const markup = renderToStaticMarkup(createElement(ClientLink, { clientId, name }));
  const [, label = '', text = ''] = /aria-label="([^"]*)"[^>]*>([^<]*)<\/a>/.exec(markup) ?? [];
  return { name: label, text };
}

describe('ClientLink: the client a link opens, named as every sentence names a client', () => {
  it.each([
    [
      'a client the logs name',
      'c-1042',
      'Ada Lovelace',
      'Open the client page of Ada Lovelace (c-1042)',
      'Ada Lovelace',
    ],
    ['a client the logs do not name', 'c-1042', null, 'Open the client page of client c-1042', 'c-1042'],
    ['a client the logs name with nothing', 'c-1042', '', 'Open the client page of client c-1042', 'c-1042'],
    [
      'an unnamed client whose id hides a character',
      'c\u202E-1042',
      null,
      'Open the client page of client c⟨U+202E⟩-1042',
      'c⟨U+202E⟩-1042',
    ],
  ])('%s', (_, clientId, name, accessibleName, text) => {
    expect(linkOf(clientId, name)).toEqual({ name: accessibleName, text });
  });
});
