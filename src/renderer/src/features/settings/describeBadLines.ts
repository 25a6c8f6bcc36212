import { listInSentence } from '../../../../shared/domain/listInSentence';

/** A line at fault in a field that takes one value a line: its number (from 1) and why. */
export interface BadLine {
  line: number;
  message: string;
}

/** How many reasons are spelled out; the lines at fault for the rest are only counted and numbered. */
const LISTED_REASONS = 3;

/** Line numbers as few words: runs of three or more as ranges ("2–5"), the last joined with "and". */
export function lineNumbers(lines: readonly number[]): string {
  const parts: string[] = [];
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end + 1 < lines.length && lines[end + 1] === (lines[end] ?? 0) + 1) end += 1;
    if (end - start >= 2) parts.push(`${lines[start]}–${lines[end]}`);
    else for (let index = start; index <= end; index += 1) parts.push(String(lines[index]));
    start = end + 1;
  }
  return listInSentence(parts);
}

const linesLabel = (lines: readonly number[]) => `${lines.length === 1 ? 'Line' : 'Lines'} ${lineNumbers(lines)}`;

/**
 * Every line at fault in a field that takes a value a line, one sentence a reason: "Lines 2 and 4: …".
 * Lines with the same reason share its sentence; past the first few reasons, the remaining lines are
 * counted and numbered, so a long paste stays readable. The sentences are separated by line breaks.
 */
export function describeBadLines(bad: readonly BadLine[]): string {
  const byReason = new Map<string, number[]>();
  for (const { line, message } of [...bad].sort((a, b) => a.line - b.line)) {
    byReason.set(message, [...(byReason.get(message) ?? []), line]);
  }
  const reasons = [...byReason];
  const said = reasons.slice(0, LISTED_REASONS).map(([message, lines]) => `${linesLabel(lines)}: ${message}`);
  const rest = reasons
    .slice(LISTED_REASONS)
    .flatMap(([, lines]) => lines)
    .sort((a, b) => a - b);
  if (rest.length > 0) {
    said.push(
      `…and ${rest.length.toLocaleString('en')} more ${rest.length === 1 ? 'line' : 'lines'} at fault: ${lineNumbers(rest)}.`,
    );
  }
  return said.join('\n');
}
