/**
 * What type-ahead matches on both engines: the typed text, ignoring case, starts the party's id, its
 * whole name, or a word of its name, a word starting after one of these separators ("Kumar" finds
 * "Sofia Kumar", "Marie" finds "Anne-Marie").
 */
export const NAME_WORD_SEPARATORS = [' ', '-'] as const;
