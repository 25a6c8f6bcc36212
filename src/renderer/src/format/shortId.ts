/** Ids longer than this are cut in headings and titles; the page still reads the whole id. */
export const SHOWN_ID_LENGTH = 64;

/** An id as a heading shows it: whole up to SHOWN_ID_LENGTH characters, else its start and an ellipsis. */
export function shortId(id: string): string {
  const characters = [...id];
  return characters.length <= SHOWN_ID_LENGTH ? id : `${characters.slice(0, SHOWN_ID_LENGTH - 1).join('')}…`;
}
