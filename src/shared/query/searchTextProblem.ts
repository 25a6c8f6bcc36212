import { codePointName, hiddenCharacters } from '../domain/hiddenCharacters';
import { listInSentence } from '../domain/listInSentence';
import { searchTextSecretProblem } from './searchTextSecret';

/**
 * Search text is refused when it holds a secret (`searchTextSecretProblem`) or a direction control: such a
 * character reorders what stands around it, so the text as a chip, the journal or a case repeats it would
 * read differently from what was searched. Main refuses it with these sentences, and the search box says
 * them before sending, so both sides keep one rule. The other characters that take no room (a soft
 * hyphen, a zero-width space, the joiners of emoji and of Arabic or Indic words) belong to words the logs
 * hold and stay searchable; a chip shows a hidden one by its name.
 */
const DIRECTION_CONTROLS: Readonly<Record<string, string>> = {
  '\u061C': 'Arabic letter mark',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};

/** Why search text holding a direction control cannot be searched, naming each one; null when it holds none. */
function directionControlProblem(text: string): string | null {
  const named = hiddenCharacters(text)
    .filter((char) => DIRECTION_CONTROLS[char] !== undefined)
    .map((char) => `${DIRECTION_CONTROLS[char]} (${codePointName(char)})`);
  if (named.length === 0) return null;
  if (named.length === 1)
    return `The search text holds a hidden ${named[0]}; it changes how the text reads, so it was not run. Delete it and type the text again.`;
  return (
    `The search text holds ${named.length} hidden direction controls, ${listInSentence(named)}; they change how ` +
    'the text reads, so it was not run. Delete them and type the text again.'
  );
}

/** Why search text cannot be searched (a secret, a direction control), and what to do instead; null when it can. */
export function searchTextProblem(text: string | null | undefined): string | null {
  if (!text) return null;
  return searchTextSecretProblem(text) ?? directionControlProblem(text);
}
