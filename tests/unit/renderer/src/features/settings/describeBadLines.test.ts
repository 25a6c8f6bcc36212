import { describe, expect, it } from 'vitest';
import { describeBadLines, lineNumbers } from '../../../../../../src/renderer/src/features/settings/describeBadLines';

const NOT_A_URL = 'Enter the cluster’s full address, e.g. https://es.example.com:9200.';
const NOT_HTTP = 'The address must start with http:// or https://.';

describe('every line at fault, in few words', () => {
  it.each([
    [[3], '3'],
    [[2, 4], '2 and 4'],
    [[1, 2], '1 and 2'],
    [[1, 2, 3], '1–3'],
    [[1, 3, 5, 6, 7, 9], '1, 3, 5–7 and 9'],
  ])('numbers %j as “%s”', (lines, said) => {
    expect(lineNumbers(lines)).toBe(said);
  });

  it.each([
    ['one line', [{ line: 2, message: NOT_A_URL }], `Line 2: ${NOT_A_URL}`],
    [
      'each line with its own reason, in line order',
      [
        { line: 4, message: NOT_HTTP },
        { line: 1, message: NOT_A_URL },
      ],
      `Line 1: ${NOT_A_URL}\nLine 4: ${NOT_HTTP}`,
    ],
    [
      'lines with one reason sharing its sentence',
      [
        { line: 1, message: NOT_A_URL },
        { line: 2, message: NOT_HTTP },
        { line: 3, message: NOT_A_URL },
        { line: 4, message: NOT_A_URL },
        { line: 5, message: NOT_A_URL },
      ],
      `Lines 1 and 3–5: ${NOT_A_URL}\nLine 2: ${NOT_HTTP}`,
    ],
    [
      'past three reasons, the other lines counted and numbered',
      [1, 2, 3, 4, 5, 7].map((line) => ({ line, message: `Reason ${line}.` })),
      'Line 1: Reason 1.\nLine 2: Reason 2.\nLine 3: Reason 3.\n…and 3 more lines at fault: 4, 5 and 7.',
    ],
    [
      'one more line past three reasons',
      [1, 2, 3, 8].map((line) => ({ line, message: `Reason ${line}.` })),
      'Line 1: Reason 1.\nLine 2: Reason 2.\nLine 3: Reason 3.\n…and 1 more line at fault: 8.',
    ],
  ])('says %s', (_, bad, said) => {
    expect(describeBadLines(bad)).toBe(said);
  });
});
