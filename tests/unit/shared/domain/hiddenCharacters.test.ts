import { describe, expect, it } from 'vitest';
import { SaveViewRequest } from '../../../../src/shared/contract/preferenceChannels';
import {
  hiddenCharacters,
  hiddenCharacterProblem,
  showHiddenCharacters,
} from '../../../../src/shared/domain/hiddenCharacters';
import { CaseFields, InvestigationCase, StarEventRequest } from '../../../../src/shared/domain/investigationCase';

const RLO = '\u202E';

describe('characters that hide or reorder text', () => {
  it('finds the direction controls and the control characters, and lets ordinary text of any script through', () => {
    for (const char of ['\u202A', '\u202B', '\u202C', '\u202D', RLO, '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(hiddenCharacters(`deletes ${char}EVIL`)[0] ?? null).toBe(char);
    }
    for (const char of ['\u200E', '\u200F', '\u061C', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B']) {
      expect(hiddenCharacters(`a${char}b`)[0] ?? null).toBe(char);
    }
    for (const text of ['Zoë Müller', 'مرحبا بالعالم', 'שלום', '日本語', 'नमस्ते', '👩‍💻 e\u0301', 'INC-4711']) {
      expect(hiddenCharacters(text)[0] ?? null).toBeNull();
    }
  });

  it('finds the characters that take no room (zero-width space, word joiner, byte order mark, soft hyphen)', () => {
    for (const char of ['\u200B', '\u2060', '\u2061', '\u2064', '\uFEFF', '\u00AD', '\u180E', '\u206A', '\u206F']) {
      expect(hiddenCharacters(`ad${char}min`)[0] ?? null).toBe(char);
    }
    for (const char of ['\uFFF9', '\uFFFA', '\uFFFB']) expect(hiddenCharacters(`a${char}b`)[0] ?? null).toBe(char);
    // The joiners shape Arabic, Persian and Indic text and join emoji: they are part of what the text says.
    for (const text of ['می\u200Cخواهم', 'क्\u200Dष', '👩\u200D💻'])
      expect(hiddenCharacters(text)[0] ?? null).toBeNull();
  });

  it('allows tabs and line ends only in a text of several lines', () => {
    expect(hiddenCharacters('one\ntwo')[0] ?? null).toBe('\n');
    expect(hiddenCharacters('one\r\n\ttwo', { lines: true })[0] ?? null).toBeNull();
    expect(hiddenCharacters(`one\ntwo${RLO}`, { lines: true })[0] ?? null).toBe(RLO);
  });

  it('names the character in the refusal, so it can be found', () => {
    expect(hiddenCharacterProblem('A view name', `deletes ${RLO}EVIL`)).toBe(
      'A view name cannot hold U+202E, an invisible character that changes how the text reads; type it again without it.',
    );
    expect(hiddenCharacterProblem('A view name', 'deletes')).toBeNull();
  });

  it('names every distinct one at once, so one pass removes them all', () => {
    expect(hiddenCharacterProblem('The user name', `a\u200Bb${RLO}evil\u200B`)).toBe(
      'The user name cannot hold U+200B and U+202E, invisible characters that change how the text reads; type it again without them.',
    );
    expect(hiddenCharacterProblem('The note', `one\ntwo\u2066three\u0000${RLO}`, { lines: true })).toBe(
      'The note cannot hold U+2066, U+0000 and U+202E, invisible characters that change how the text reads; type it again without them.',
    );
    expect(hiddenCharacterProblem('A folder', '/tmp/\u200B/\u2060', { advice: 'choose another folder' })).toBe(
      'A folder cannot hold U+200B and U+2060, invisible characters that change how the text reads; choose another folder.',
    );
    const many = '\u200B\u200E\u200F\u202A\u202B\u202C\u202D';
    expect(hiddenCharacterProblem('The title', `a${many}b`)).toBe(
      'The title cannot hold U+200B, U+200E, U+200F, U+202A, U+202B and 2 more, invisible characters that change how the text reads; type it again without them.',
    );
  });

  it('shows recorded text with each such character named in its place, so nothing around it reorders', () => {
    expect(showHiddenCharacters(`{"operator":"مرحبا${RLO}root"}`)).toBe('{"operator":"مرحبا⟨U+202E⟩root"}');
    expect(showHiddenCharacters('a\u0000b\u2066c')).toBe('a⟨U+0000⟩b⟨U+2066⟩c');
    expect(showHiddenCharacters('one\ntwo', { lines: true })).toBe('one\ntwo');
    expect(showHiddenCharacters('one\ntwo')).toBe('one⟨U+000A⟩two');
    expect(showHiddenCharacters('Zoë 日本語 👩‍💻')).toBe('Zoë 日本語 👩‍💻');
    expect(showHiddenCharacters('Ana\u200B Bates\uFEFF')).toBe('Ana⟨U+200B⟩ Bates⟨U+FEFF⟩');
  });
});

describe('what an operator types is refused with a hidden character; what was kept still reads', () => {
  const fields = { title: 'Withdrawals', purpose: 'Edits of bank details\nbefore withdrawals', reference: 'INC-42' };

  it('refuses a case title, purpose or reference holding one, naming the field', () => {
    expect(CaseFields.safeParse(fields).success).toBe(true);
    const messages = (value: Partial<typeof fields>) =>
      CaseFields.safeParse({ ...fields, ...value }).error?.issues.map((issue) => [issue.path, issue.message]);
    expect(messages({ title: `Withdrawals ${RLO}LIVE` })).toEqual([
      [['title'], expect.stringMatching(/^The title cannot hold U\+202E/)],
    ]);
    expect(messages({ purpose: `Edits\n${'\u2067'}before` })).toEqual([
      [['purpose'], expect.stringMatching(/^The purpose cannot hold U\+2067/)],
    ]);
    expect(messages({ reference: `INC-42${RLO}` })).toEqual([
      [['reference'], expect.stringMatching(/^The reference cannot hold U\+202E/)],
    ]);
    expect(messages({ reference: `INC-\u200B42` })).toEqual([
      [['reference'], expect.stringMatching(/^The reference cannot hold U\+200B/)],
    ]);
  });

  it('refuses a star note or a view name holding one', () => {
    const star = { caseId: crypto.randomUUID(), family: 'operational', recordId: 'r1', summary: 's' };
    expect(StarEventRequest.safeParse({ ...star, note: 'checked\nby phone' }).success).toBe(true);
    expect(StarEventRequest.safeParse({ ...star, note: `checked ${RLO}` }).success).toBe(false);
    const view = { name: 'deletes', grid: 'operational', query: { family: 'operational' }, columns: [] };
    expect(SaveViewRequest.safeParse(view).success).toBe(true);
    expect(SaveViewRequest.safeParse({ ...view, name: `deletes ${RLO}EVIL` }).error?.issues[0]?.message).toMatch(
      /^The view name cannot hold U\+202E/,
    );
  });

  it('reads back a case file written before such characters were refused', () => {
    const kept = {
      v: 1,
      id: crypto.randomUUID(),
      ...fields,
      title: `Withdrawals ${RLO}LIVE`,
      createdAt: '2026-12-01T00:00:00.000Z',
      createdBy: 'ops',
      updatedAt: '2026-12-01T00:00:00.000Z',
    };
    expect(InvestigationCase.parse(kept).title).toBe(`Withdrawals ${RLO}LIVE`);
  });
});
