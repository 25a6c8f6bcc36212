import { describe, expect, it } from 'vitest';
import { encodeLines } from '../../../../../src/main/export/formats/encodeLines';

/** Lines of every width UTF-8 has: ASCII, Latin-1, the rest of the BMP, beyond it, and empty ones. */
const LINES = [
  '{"id":"1","name":"Pedro Nkosi"}',
  '{"id":"2","name":"Jürgen Müller"}',
  '',
  '{"id":"3","description":"日本語のテキスト","note":"Ελληνικά"}',
  '{"id":"4","emoji":"💸🏦","escaped":"\\ud800"}',
  '"line with a \\n escaped newline and a \\" quote"',
];

describe('encodeLines', () => {
  it('writes the bytes the joined text would have, each line followed by a line feed', () => {
    const { bytes } = encodeLines(LINES);
    expect(bytes.equals(Buffer.from(`${LINES.join('\n')}\n`, 'utf8'))).toBe(true);
  });

  it('says where each line ends, so each line reads back from its own bytes', () => {
    const { bytes, ends } = encodeLines(LINES);
    expect(ends).toHaveLength(LINES.length);
    let start = 0;
    LINES.forEach((line, index) => {
      const end = ends[index] ?? -1;
      expect(bytes.subarray(start, end).toString('utf8')).toBe(line);
      expect(bytes[end]).toBe(0x0a);
      start = end + 1;
    });
    expect(start).toBe(bytes.length);
  });

  it('adds nothing between lines that end themselves (CSV rows end in CRLF)', () => {
    const rows = ['a,b\r\n', 'ü,"x, y"\r\n', '日,💸\r\n'];
    const { bytes, ends } = encodeLines(rows, '');
    expect(bytes.equals(Buffer.from(rows.join(''), 'utf8'))).toBe(true);
    expect(ends.at(-1)).toBe(bytes.length);
  });

  it('gives an empty buffer for no lines', () => {
    expect(encodeLines([])).toEqual({ bytes: Buffer.alloc(0), ends: [] });
  });
});
