import { describe, expect, it } from 'vitest';
import { profileSearchNames, profileTermMatch } from '../../../../src/main/sources/profileEditText';
import { searchTerms } from '../../../../src/main/sources/searchTerms';
import { SEARCH_HELP } from '../../../../src/shared/query/searchHelp';

const matchOf = (text: string) => {
  const [term] = searchTerms(text);
  if (!term) throw new Error(`no term in ${text}`);
  return profileTermMatch(term);
};

describe('what free text finds in a profile edit', () => {
  it('every profile edit, for a word of its label, a phrase of them or the start of one', () => {
    expect(matchOf('profile').events).toEqual(['client.profile_edited']);
    expect(matchOf('"client edited"').events).toEqual(['client.profile_edited']);
    expect(matchOf('prof').events).toEqual(['client.profile_edited']);
    expect(matchOf('"edited client"').events).toEqual([]);
    expect(matchOf('profiles').events).toEqual([]);
  });

  it('a changed field name for one word, whole or by its start as typed last; none for a phrase', () => {
    expect(matchOf('email phone').name).toEqual({ text: 'email', prefix: false });
    expect(matchOf('Emai').name).toEqual({ text: 'emai', prefix: true });
    expect(matchOf('"email address"').name).toBeNull();
  });

  it('compares the names listed in changedFields of the metadata and the change, without case', () => {
    const event: Record<string, Record<string, unknown>> = {
      metadata: { changedFields: ['Email', 'phone'], email: 'a@b.example' },
      change: { changedFields: 'address', before: { city: 'Old town' } },
    };
    const read = (path: readonly string[]) => event[path[0] ?? '']?.[path[1] ?? ''];
    expect(profileSearchNames(read)).toEqual(['email', 'phone', 'address']);
    expect(profileSearchNames(() => undefined)).toEqual([]);
  });

  it("is written in the search box's help", () => {
    expect(SEARCH_HELP.join(' ')).toContain('profile edit is found by the words it shows');
  });
});
