import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { QuotedValues } from '../../../../../src/renderer/src/components/QuotedValues';

const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What the sentence shows: its text, and the texts isolated in a `<bdi>` each. */
function shown(sentence: string, values: readonly string[]) {
  const markup = renderToStaticMarkup(createElement(QuotedValues, { sentence, values }));
  return {
    text: unescape(markup.replace(/<\/?bdi>/g, '')),
    isolated: [...markup.matchAll(/<bdi>(.*?)<\/bdi>/g)].map((match) => unescape(match[1] ?? '')),
  };
}

const FOLDER = (folder: string) =>
  `Choose a folder by its full path, from / (or a drive such as C:\\), not "${folder}".`;

describe('QuotedValues: each value a sentence quotes, isolated whole', () => {
  it.each([
    [FOLDER('evidence'), ['evidence'], ['evidence']],
    [FOLDER('مجلد الأدلة'), ['مجلد الأدلة'], ['مجلد الأدلة']],
    // A value holding quotes is isolated whole, not up to its first quote.
    [FOLDER('ab"c'), ['ab"c'], ['ab"c']],
    [FOLDER('"quoted" folder'), ['"quoted" folder'], ['"quoted" folder']],
    [FOLDER('ends with "'), ['ends with "'], ['ends with "']],
    ['"x"y.csv" is not a plain file name.', ['x"y.csv'], ['x"y.csv']],
    // The longest value that a quote closes is the one quoted there.
    [FOLDER('a" or "b'), ['a', 'a" or "b'], ['a" or "b']],
    // Quotes around what the operator did not type ("/") are left as they are, as is an empty value.
    ['The file name cannot hold "/": it names the file alone, and Folder says where it goes.', ['a/b.csv'], []],
    ['The folder /tmp/x does not exist; create it or choose another.', ['/tmp/x'], []],
    [FOLDER(''), [''], []],
  ])('%s', (sentence, values, isolated) => {
    expect(shown(sentence, values)).toEqual({ text: sentence, isolated });
  });
});
