import type { Page } from '@playwright/test';

/** A right-to-left override and a zero-width space: both change what a text seems to say. */
export const RLO = '\u202E';
export const ZWSP = '\u200B';

/** Text as the console shows it: each such character by its name. */
export const shownText = (text: string): string => text.replaceAll(RLO, '⟨U+202E⟩').replaceAll(ZWSP, '⟨U+200B⟩');

/** 300 characters as a producer might log them: words, the two characters, then one unbroken run. */
export const LONG_VALUE = `Payout details confirmed by phone ${RLO}with the client${ZWSP}, reference `
  .concat('WLT0x7f3a9c'.repeat(40))
  .slice(0, 300);

/** A 300-character field name: an identifier with no space to wrap at. */
export const LONG_FIELD = `remark_${RLO}`.concat('producer_supplied_field_name_'.repeat(12)).slice(0, 300);

/**
 * Every place on the page whose text, accessible name, description or tooltip still holds one of the two
 * characters as it is: a reader (or a screen reader) would be misled there. Links and field values may
 * hold the exact text (an address encodes it; a filter field holds what is filtered on).
 */
export function rawHiddenCharacters(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hidden = /[\u202E\u200B]/;
    const named = (text: string) =>
      text.slice(0, 80).replace(/[\u202E\u200B]/g, (char) => `<raw ${char.charCodeAt(0).toString(16)}>`);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (hidden.test(node.nodeValue ?? ''))
        found.push(`<${node.parentElement?.tagName.toLowerCase()}> "${named(node.nodeValue ?? '')}"`);
    }
    for (const element of document.body.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name === 'href' || attribute.name === 'value') continue;
        if (hidden.test(attribute.value))
          found.push(`${attribute.name} of <${element.tagName.toLowerCase()}> "${named(attribute.value)}"`);
      }
    }
    return found;
  });
}
