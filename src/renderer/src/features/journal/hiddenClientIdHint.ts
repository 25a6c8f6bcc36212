import { codePointName, hiddenCharacters, showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { listInSentence } from '../../../../shared/domain/listInSentence';
import { trimTypedSpace } from '../../../../shared/domain/trimTypedSpace';

/**
 * What the client id field says under it when the id holds characters that hide or reorder text: each by
 * its name, and the id as the client's page and the journal's lines show it. A client's id is filtered on
 * exactly as its record holds it, so the lines about a client whose id holds one are found; said here, the
 * field can never pass for another id (a link's "ad\u200Bmin" for "admin"). Undefined for an id without one.
 */
export function hiddenClientIdHint(clientId: string): string | undefined {
  const names = hiddenCharacters(trimTypedSpace(clientId)).map(codePointName);
  if (names.length === 0) return undefined;
  const held = names.length === 1 ? `${names[0]}, a character` : `${listInSentence(names)}, characters`;
  return `This client id holds ${held} that cannot be seen: it reads ${showHiddenCharacters(trimTypedSpace(clientId))}.`;
}
