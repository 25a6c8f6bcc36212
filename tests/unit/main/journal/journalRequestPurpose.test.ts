import { describe, expect, it } from 'vitest';
import { journalRequest } from '../../../../src/main/journal/journalRequest';
import { PURPOSE_MAX_LENGTH } from '../../../../src/shared/contract/exportChannels';

describe('the journal keeps of a request', () => {
  it("an export's purpose whole, as long as an export may state it", () => {
    const purpose = `INC-42: ${'wallet changes before a withdrawal '.repeat(60)}`.slice(0, PURPOSE_MAX_LENGTH);
    expect(purpose).toHaveLength(PURPOSE_MAX_LENGTH);
    const kept = journalRequest({ format: 'csv', purpose, target: { fileName: 'x'.repeat(400) } });
    expect(kept).toMatchObject({ format: 'csv', purpose });
    // Every other text is still cut, so one line stays small.
    expect(kept).toMatchObject({ target: { fileName: `${'x'.repeat(300)}… (400 characters)` } });
  });

  it("a secret in the purpose redacted, and the purpose's key where it was", () => {
    const kept = journalRequest({ purpose: `Card 4111 1111 1111 1111 seen, ${'p'.repeat(500)}`, timeZone: 'UTC' });
    expect(JSON.stringify(kept)).not.toMatch(/4111 1111/);
    expect(Object.keys(kept as object)).toEqual(['purpose', 'timeZone']);
    expect((kept as { purpose: string }).purpose).toMatch(/^Card \[redacted: .*1111.*\] seen, p{500}$/);
  });

  it('a purpose that is no text, or one nested below the request, as any other value', () => {
    expect(journalRequest({ purpose: 7 })).toEqual({ purpose: 7 });
    expect(journalRequest({ query: { purpose: 'q'.repeat(301) } })).toEqual({
      query: { purpose: `${'q'.repeat(300)}… (301 characters)` },
    });
  });
});
