import { describe, expect, it } from 'vitest';
import { CASE_TEXT_LIMITS, PinQueryRequest } from '../../../../../src/shared/domain/investigationCase';
import { clipText } from '../../../../../src/renderer/src/format/clipText';
import { LogQuery } from '../../../../../src/shared/query/logQuery';

describe('text cut to what a case keeps', () => {
  it('returns text that fits unchanged', () => {
    expect(clipText('Client 42', 200)).toBe('Client 42');
    expect(clipText('x'.repeat(200), 200)).toBe('x'.repeat(200));
  });

  it('cuts longer text to the limit, the last character an ellipsis', () => {
    const clipped = clipText('a'.repeat(5_000), CASE_TEXT_LIMITS.label);
    expect(clipped).toHaveLength(CASE_TEXT_LIMITS.label);
    expect(clipped.endsWith('a…')).toBe(true);
  });

  it('never splits an emoji in half', () => {
    const clipped = clipText(`${'a'.repeat(198)}😀😀`, CASE_TEXT_LIMITS.label);
    expect(clipped).toBe(`${'a'.repeat(198)}…`);
  });

  it('makes a label a case accepts, where the text as given is refused', () => {
    const request = (label: string) => ({
      caseId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      label,
      query: LogQuery.parse({ family: 'operational' }),
    });
    const long = `Client ${'6807d4baf701bd8cf3000a0a'.repeat(20)}`;
    expect(PinQueryRequest.safeParse(request(long)).success).toBe(false);
    expect(PinQueryRequest.safeParse(request(clipText(long, CASE_TEXT_LIMITS.label))).success).toBe(true);
  });
});
