import type { Page } from '@playwright/test';

/** A test card number as an operator might paste it into a name or a purpose (it passes the Luhn check). */
export const CARD_NUMBER = '4111 1111 1111 1111';

/** How the console names it instead: by its last four digits only. */
export const CARD_NAMED = 'a card number ending 1111';

/**
 * Every place on the page whose text, accessible name, description or tooltip holds the card number's
 * digits, however spaced (a space written `%20` too, as a link carries it); only a field's own value may
 * hold what the operator typed into it.
 */
export function cardNumberShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const card = /4111(?:[\s-]|%20)*1111(?:[\s-]|%20)*1111(?:[\s-]|%20)*1111/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A textarea's text node is its value as first rendered, not something shown beside it.
      if (node.parentElement?.tagName === 'TEXTAREA') continue;
      if (card.test(node.nodeValue ?? '')) found.push(`<${node.parentElement?.tagName.toLowerCase()}> text`);
    }
    for (const element of document.body.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name === 'value') continue;
        if (card.test(attribute.value)) found.push(`${attribute.name} of <${element.tagName.toLowerCase()}>`);
      }
    }
    return found;
  });
}
