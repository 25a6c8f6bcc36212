/** A batch of lines in UTF-8, and where each line's own bytes end (before its terminator). */
export interface EncodedLines {
  bytes: Buffer;
  ends: number[];
}

/**
 * Encodes `lines` into one buffer in UTF-8, each followed by `terminator`, and says where each line's own
 * bytes end. Each line is written into the buffer as it is: joining a batch into one string and encoding
 * that cost twice as much (the joined string is copied whole first, and a single character beyond
 * Latin-1 anywhere in it makes the whole batch two bytes a character).
 */
export function encodeLines(lines: readonly string[], terminator: '\n' | '' = '\n'): EncodedLines {
  const ends: number[] = [];
  let size = 0;
  for (const line of lines) {
    size += Buffer.byteLength(line, 'utf8');
    ends.push(size);
    size += terminator.length;
  }
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (const line of lines) {
    at += bytes.write(line, at, 'utf8');
    if (terminator) at += bytes.write(terminator, at, 'latin1');
  }
  return { bytes, ends };
}
