import { describe, expect, it } from 'vitest';
import { noteShown } from '../../../../../src/renderer/src/format/noteShown';

const FAMILY = '👩‍👩‍👧';
const lines = (count: number) => Array.from({ length: count }, (_, index) => `line ${index + 1}`).join('\n');

describe('a note carried in a bundle, as the page shows it', () => {
  it.each(['', ' ', '     ', '\n\n', ' \t\r\n '])('has nothing to read in %j', (note) => {
    expect(noteShown(note)).toBeNull();
  });

  it('names a hidden character rather than take a note of one for empty', () => {
    expect(noteShown('\u200B')).toEqual({ text: '⟨U+200B⟩', opening: null });
    expect(noteShown(' \uFEFF ')).toEqual({ text: ' ⟨U+FEFF⟩ ', opening: null });
  });

  it.each([
    ['a short note', 'Frozen before the withdrawal'],
    ['eight lines', lines(8)],
    ['800 characters', 'x'.repeat(800)],
  ])('shows %s whole', (_, note) => {
    expect(noteShown(note)).toEqual({ text: note, opening: null });
  });

  it('opens a note of 20,000 characters by its first 600, marked as cut', () => {
    const note = 'y'.repeat(20_000);
    const shown = noteShown(note);
    expect(shown?.text).toBe(note);
    expect(shown?.opening).toBe(`${'y'.repeat(599)}…`);
  });

  it('ends its opening after the last whole word near the cut', () => {
    expect(noteShown(`${'word '.repeat(4_000)}`)?.opening).toBe(`${'word '.repeat(119)}word…`);
    // A word running on past the cut for longer is cut where the opening ends.
    const opening = noteShown(`${'a'.repeat(550)} ${'b'.repeat(500)}`)?.opening;
    expect(opening).toBe(`${'a'.repeat(550)} ${'b'.repeat(48)}…`);
  });

  it('opens a note of many short lines by its first six', () => {
    expect(noteShown(lines(9))?.opening).toBe(`${lines(6)}…`);
    expect(noteShown(lines(9).replaceAll('\n', '\r\n'))?.opening).toBe(`${lines(6)}…`);
  });

  it('opens from the first line with something on it', () => {
    expect(noteShown(`${'\n'.repeat(40)}Wallet frozen\nby the bank`)?.opening).toBe('Wallet frozen\nby the bank…');
  });

  it('counts an emoji as one character, never cut in half', () => {
    const opening = noteShown(`${'z'.repeat(598)}😀${'z'.repeat(500)}`)?.opening;
    expect(opening).toBe(`${'z'.repeat(598)}😀…`);
    expect(noteShown(FAMILY.repeat(800))).toEqual({ text: FAMILY.repeat(800), opening: null });
  });

  it('opens 5,000 composed emoji by whole characters, a hidden character at the cut named whole and counted as one', () => {
    const note = `${FAMILY.repeat(598)}\u202E\u200B${FAMILY.repeat(4_400)}`;
    const shown = noteShown(note);
    expect(shown?.opening).toBe(`${FAMILY.repeat(598)}⟨U+202E⟩…`);
    expect(shown?.text).toBe(`${FAMILY.repeat(598)}⟨U+202E⟩⟨U+200B⟩${FAMILY.repeat(4_400)}`);
  });

  it('keeps a long note’s hidden characters named in its opening', () => {
    expect(noteShown(`\u202Eevil ${'w'.repeat(900)}`)?.opening?.startsWith('⟨U+202E⟩evil w')).toBe(true);
  });
});
