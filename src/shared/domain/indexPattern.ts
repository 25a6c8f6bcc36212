import { hiddenCharacterProblem } from './hiddenCharacters';
import { paymentNumberProblem } from './paymentNumberProblem';
import { secretShapeProblem } from './secretShapeProblem';

/** Characters Elasticsearch refuses in an index name; `*` is kept, it is what makes a name a pattern. */
const FORBIDDEN = ['\\', '/', '?', '"', '<', '>', '|', '#'];

/** A part of a pattern as a message quotes it: whole when short, else its start and an ellipsis. */
function quoted(part: string): string {
  const characters = [...part];
  return `“${characters.length <= 60 ? part : `${characters.slice(0, 59).join('')}…`}”`;
}

/** What is wrong with one comma-separated part, or null when Elasticsearch can resolve it. */
function partProblem(part: string): string | null {
  if (part === '') return 'An index pattern is empty between two commas; remove the extra comma.';
  // Date math, e.g. <crm-logs-{now/d}>: its own syntax, checked by the cluster.
  if (part.startsWith('<') && part.endsWith('>')) return null;
  if (/\s/u.test(part)) {
    return `${quoted(part)} holds a space; index names have none. Separate patterns with a comma alone, e.g. crm-logs-*,archive-*.`;
  }
  // `-` excludes what follows; `cluster:` reaches a remote cluster. Neither is part of the name.
  const name = part.replace(/^-/u, '').replace(/^[^:]*:/u, '');
  if (name === '') return `${quoted(part)} names no index; add the index name or pattern.`;
  const forbidden = FORBIDDEN.find((character) => name.includes(character));
  if (forbidden !== undefined) {
    return `${quoted(part)} holds “${forbidden}”, which an index name cannot; use * to stand for any characters.`;
  }
  if (name !== name.toLowerCase()) {
    return `Index names are lowercase: write ${quoted(name.toLowerCase())} rather than ${quoted(name)}.`;
  }
  if (name.startsWith('_') || name.startsWith('+')) {
    return `${quoted(part)} starts with “${name[0]}”, which an index name cannot.`;
  }
  if (name === '.' || name === '..') return `${quoted(part)} is not an index name.`;
  return null;
}

/**
 * What is wrong with an index pattern as typed in a connection (comma-separated names and wildcards, a
 * leading `-` to exclude, `cluster:` for a remote cluster, `<…>` date math), as a sentence for its field;
 * null when the cluster can resolve it and it holds no hidden character, card number or secret. A pattern
 * Elasticsearch cannot resolve would otherwise match nothing, and every view would look empty.
 */
export function describeIndexPatternProblem(pattern: string): string | null {
  // An empty field has its own sentence in the connection's schema.
  if (pattern.trim() === '') return null;
  // Said before anything that quotes a part: a message never repeats a card number, IBAN or other secret,
  // nor a character that hides or reorders text ("crm-\u202Eactivity-*" shows as "crm-*-ytivitca").
  const held =
    hiddenCharacterProblem('The index pattern', pattern) ??
    paymentNumberProblem('The index pattern', pattern) ??
    secretShapeProblem('The index pattern', pattern);
  if (held !== null) return held;
  for (const part of pattern.trim().split(',')) {
    const problem = partProblem(part);
    if (problem !== null) return problem;
  }
  return null;
}
