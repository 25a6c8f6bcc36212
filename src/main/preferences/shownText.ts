import { UNREADABLE_TEXT_SHOWN } from '../../shared/domain/unreadableView';

/** A stored text as a flagged view shows it: cut past what the list shows, marked as cut; the file keeps it whole. */
export function shownText(text: string): string {
  // Cut by code point, so an emoji at the cut is never split into half a character.
  const characters = Array.from(text);
  return characters.length > UNREADABLE_TEXT_SHOWN ? `${characters.slice(0, UNREADABLE_TEXT_SHOWN).join('')}…` : text;
}

/** A stored value as a sentence quotes it. */
export const quoted = (value: unknown): string =>
  `“${shownText(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)))}”`;
