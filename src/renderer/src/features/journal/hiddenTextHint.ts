import { codePointName, hiddenCharacters, showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { listInSentence } from '../../../../shared/domain/listInSentence';
import { trimTypedSpace } from '../../../../shared/domain/trimTypedSpace';

/**
 * What a text filter says under it when what it holds has characters that hide or reorder text: each by its
 * name, and the text as the journal's lines show it, so a field showing "\u202Eevil" as "live" is never the
 * only reading of it. `field` names it in the sentence ("client id"). Undefined for a text without one.
 */
export function hiddenTextHint(field: string, text: string): string | undefined {
  const names = hiddenCharacters(trimTypedSpace(text)).map(codePointName);
  if (names.length === 0) return undefined;
  const held = names.length === 1 ? `${names[0]}, a character` : `${listInSentence(names)}, characters`;
  return `This ${field} holds ${held} that cannot be seen: it reads ${showHiddenCharacters(trimTypedSpace(text))}.`;
}

/**
 * What the client id field says under it when the id holds characters that hide or reorder text. A client's
 * id is filtered on exactly as its record holds it, so the lines about a client whose id holds one are found;
 * said here, the field can never pass for another id (a link's "ad\u200Bmin" for "admin").
 */
export const hiddenClientIdHint = (clientId: string): string | undefined => hiddenTextHint('client id', clientId);
