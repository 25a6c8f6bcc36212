import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IgnoredParams } from '../../../../../../src/renderer/src/features/logGrid/IgnoredParams';
import { readRoute } from '../../../../../../src/renderer/src/features/logGrid/readRoute';

/** The notice a logs page shows for `search`, as text: its list's items and its button's words. */
function notice(search: string, showing?: string) {
  const { ignored } = readRoute('operational', search);
  const html = renderToStaticMarkup(
    createElement(IgnoredParams, { ignored, onShowWithout: () => undefined, ...(showing ? { showing } : {}) }),
  );
  const text = (markup: string) =>
    markup
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"');
  return {
    items: [...html.matchAll(/<li><code>(.*?)<\/code>/g)].map(([, item = '']) => text(item)),
    button: text(/<button[^>]*>(.*)<\/button>/.exec(html)?.[1] ?? ''),
  };
}

describe('the notice of a link’s parameters a grid cannot use', () => {
  it('names a parameter written without = as written: %, not %=', () => {
    expect(notice('%').items).toEqual(['%']);
    expect(notice('zzz&action=delete').items).toEqual(['zzz']);
    expect(notice('zzz=&action=delete').items).toEqual(['zzz=']);
    expect(notice('q=%E0%A4%A').items).toEqual(['q=%E0%A4%A']);
  });

  it('names on its button what it drops, counting them when they are many', () => {
    expect(notice('zzz=1').button).toBe('Show the logs without zzz');
    expect(notice('%').button).toBe('Show the logs without %');
    expect(notice('zzz=1&size=7', 'the events').button).toBe('Show the events without size and zzz');
    expect(notice('size=7&size=9').button).toBe('Show the logs without size');
    expect(notice('zzz=1&size=7&sort=x').button).toBe('Show the logs without these 3 parameters');
    expect(notice(`${'y'.repeat(40)}=1`).button).toBe('Show the logs without this parameter');
    expect(notice('=1').button).toBe('Show the logs without this parameter');
  });

  it('never spells a card number a parameter’s name holds, in its list or on its button', () => {
    const { items, button } = notice('4111111111111111=1');
    expect(items).toEqual(['[redacted: card •••• 1111]=1']);
    expect(button).toBe('Show the logs without this parameter');
  });
});
