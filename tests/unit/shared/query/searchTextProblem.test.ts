import { describe, expect, it } from 'vitest';
import { ConsoleError } from '../../../../src/shared/contract/errors';
import { hiddenCharacters } from '../../../../src/shared/domain/hiddenCharacters';
import { searchTextProblem } from '../../../../src/shared/query/searchTextProblem';
import { searchTextSecretProblem } from '../../../../src/shared/query/searchTextSecret';
import { textWords } from '../../../../src/shared/query/textWords';
import { searchTerms } from '../../../../src/main/sources/searchTerms';

const RLO = '\u202E';
const PDF = '\u202C';

/** What main answers a search with: its refusal's sentence, or null when it searches. */
function mainRefusal(text: string): string | null {
  try {
    searchTerms(text);
    return null;
  } catch (error) {
    if (error instanceof ConsoleError) return error.message;
    throw error;
  }
}

describe('searchTextProblem: search text holding a direction control is refused, at the box and by main', () => {
  it('names a right-to-left override, says why and what to do, in the words main refuses it with', () => {
    const problem = searchTextProblem(`refund ${RLO}deliated${PDF} failed`);
    expect(problem).toBe(
      'The search text holds 2 hidden direction controls, right-to-left override (U+202E) and pop directional ' +
        'formatting (U+202C); they change how the text reads, so it was not run. Delete them and type the text again.',
    );
    expect(mainRefusal(`refund ${RLO}deliated${PDF} failed`)).toBe(problem);
    expect(searchTextProblem(`${RLO}evil`)).toBe(
      'The search text holds a hidden right-to-left override (U+202E); it changes how the text reads, so it was not run. Delete it and type the text again.',
    );
    expect(mainRefusal(`${RLO}evil`)).toBe(searchTextProblem(`${RLO}evil`));
  });

  it.each([
    ['\u200E', 'left-to-right mark (U+200E)'],
    ['\u200F', 'right-to-left mark (U+200F)'],
    ['\u2066', 'left-to-right isolate (U+2066)'],
    ['\u2067', 'right-to-left isolate (U+2067)'],
    ['\u2068', 'first strong isolate (U+2068)'],
    ['\u2069', 'pop directional isolate (U+2069)'],
    ['\u202A', 'left-to-right embedding (U+202A)'],
    ['\u202D', 'left-to-right override (U+202D)'],
    ['\u061C', 'Arabic letter mark (U+061C)'],
  ])('refuses %j, naming it', (char, named) => {
    expect(hiddenCharacters(char)).toEqual([char]);
    expect(searchTextProblem(`"payment ${char}failed"`)).toContain(`holds a hidden ${named};`);
    expect(mainRefusal(`"payment ${char}failed"`)).toContain(`holds a hidden ${named};`);
  });

  it('says a secret first, the way it did before', () => {
    const card = '4111 1111 1111 1111';
    expect(searchTextProblem(`${RLO}${card}`)).toBe(searchTextSecretProblem(card));
  });

  it.each([
    ['an emoji sequence joined by zero-width joiners', '👨\u200D👩\u200D👧'],
    ['a Persian word with a zero-width non-joiner', 'می\u200Cخواهم'],
    ['a Devanagari conjunct with a zero-width joiner', 'क्\u200Dष'],
    ['a word with a soft hyphen, as the logs may hold it', 'soft\u00ADhyphen'],
    ['ordinary text in several scripts', 'Zoëlle مرحبا 日本語 "status 404"'],
  ])('lets %s search', (_what, text) => {
    expect(textWords(text).length).toBeGreaterThan(0);
    expect(searchTextProblem(text)).toBeNull();
    expect(mainRefusal(text)).toBeNull();
  });

  it.each(['', undefined, null])('has nothing to say about no text (%j)', (text) => {
    expect(searchTextProblem(text)).toBeNull();
  });
});
