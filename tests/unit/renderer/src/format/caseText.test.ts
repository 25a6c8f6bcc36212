import { describe, expect, it } from 'vitest';
import {
  CASE_TEXT_LIMITS,
  PinQueryRequest,
  StarEventRequest,
} from '../../../../../src/shared/domain/investigationCase';
import { clipToCaseLimit } from '../../../../../src/renderer/src/format/clipToCaseLimit';
import { LogQuery } from '../../../../../src/shared/query/logQuery';

/** Five code points (two women, a girl and the joiners between them), one character. */
const FAMILY = '👩‍👩‍👧';
/** "é" as a letter and its combining accent: two code points, one character. */
const E_ACUTE = 'e\u0301';
const RLO = '\u202E';

const pin = (label: string) =>
  PinQueryRequest.safeParse({
    caseId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
    label,
    query: LogQuery.parse({ family: 'operational' }),
  });

const star = (summary: string) =>
  StarEventRequest.safeParse({
    caseId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
    family: 'operational',
    recordId: 'op-1',
    summary,
  });

describe('clipToCaseLimit: text cut to what a case keeps', () => {
  const { label: LABEL, summary: SUMMARY } = CASE_TEXT_LIMITS;

  it('returns text that fits unchanged', () => {
    expect(clipToCaseLimit('Client 42', LABEL)).toBe('Client 42');
    expect(clipToCaseLimit('x'.repeat(LABEL), LABEL)).toBe('x'.repeat(LABEL));
    // Counted as the case's schema counts: by code point, an emoji one.
    expect(clipToCaseLimit(`${'a'.repeat(LABEL - 2)}😀😀`, LABEL)).toBe(`${'a'.repeat(LABEL - 2)}😀😀`);
  });

  it('cuts longer text to the limit, the last character an ellipsis', () => {
    const clipped = clipToCaseLimit('a'.repeat(5_000), LABEL);
    expect(clipped).toBe(`${'a'.repeat(LABEL - 1)}…`);
  });

  it('keeps a composed emoji whole or leaves it out whole, never a part of it', () => {
    expect(clipToCaseLimit(`${'a'.repeat(LABEL - 5)}${FAMILY}`, LABEL)).toBe(`${'a'.repeat(LABEL - 5)}${FAMILY}`);
    const clipped = clipToCaseLimit(`${'a'.repeat(LABEL - 4)}${FAMILY}`, LABEL);
    expect(clipped).toBe(`${'a'.repeat(LABEL - 4)}…`);
    expect(pin(clipped).success).toBe(true);
  });

  it('never parts a combining accent from its letter', () => {
    const clipped = clipToCaseLimit(`${'a'.repeat(LABEL - 2)}${E_ACUTE}x`, LABEL);
    expect(clipped).toBe(`${'a'.repeat(LABEL - 2)}…`);
  });

  it('names a hidden character in a label, never halving its name', () => {
    const label = `${'a'.repeat(LABEL - 5)}${RLO}${'x'.repeat(10)}`;
    expect(clipToCaseLimit(label, LABEL, { named: true })).toBe(`${'a'.repeat(LABEL - 5)}…`);
    expect(clipToCaseLimit(`Client ${RLO}42`, LABEL, { named: true })).toBe('Client ⟨U+202E⟩42');
  });

  it('keeps a summary as it came, a hidden character included', () => {
    expect(clipToCaseLimit(`get ${RLO}x`, SUMMARY)).toBe(`get ${RLO}x`);
  });

  it('makes a label and a summary a case accepts, where the text as given is refused', () => {
    const long = `Client ${'6807d4baf701bd8cf3000a0a'.repeat(20)}`;
    expect(pin(long).success).toBe(false);
    expect(pin(clipToCaseLimit(long, LABEL, { named: true })).success).toBe(true);
    const families = FAMILY.repeat(SUMMARY);
    expect(star(families).success).toBe(false);
    expect(star(clipToCaseLimit(families, SUMMARY)).success).toBe(true);
  });
});
