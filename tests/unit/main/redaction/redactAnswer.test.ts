import { afterEach, describe, expect, it, vi } from 'vitest';
import { redactAnswer, redactMessage, WITHHELD_MESSAGE } from '../../../../src/main/redaction/redactAnswer';
import * as sensitiveText from '../../../../src/main/redaction/sensitiveText';

/** A record whose `message` throws when read, as a record redaction cannot read would. */
function unreadable(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const row: Record<string, unknown> = { id, ...fields };
  Object.defineProperty(row, 'message', {
    enumerable: true,
    get() {
      throw new Error('cannot read');
    },
  });
  return row;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('redactAnswer', () => {
  it('withholds each row it cannot read, keeps the others and counts the withheld ones', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const page = { rows: [{ id: 'r1', message: 'pw=abc123' }, unreadable('r2'), unreadable('r3')], total: 3 };
    const { value, tally } = redactAnswer(page);
    expect(value).toEqual({ rows: [{ id: 'r1', message: 'pw=[redacted: pw]' }], total: 3 });
    expect(tally.byRule).toEqual({ 'secret field': 1, 'withheld row (redaction failed)': 2 });
  });

  it('does not count what it found in a row it then withheld', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const row = unreadable('r1', { password: 'abc' });
    expect(redactAnswer({ rows: [row] }).tally.byRule).toEqual({ 'withheld row (redaction failed)': 1 });
  });

  it('returns the very same answer when nothing was secret', () => {
    const page = { rows: [{ id: 'r1', message: 'client logged in' }], total: 1 };
    expect(redactAnswer(page).value).toBe(page);
  });

  it("passes a sealed page position as it is, even where its random letters take a secret's shape", () => {
    // A cursor the source sealed, whose ciphertext holds "-GB82WEST12345698765432" by chance: rewritten,
    // the next page was refused as "not one this data source issued".
    const sealed = 'H41bSwEeK4ZJP47H.D3D0kkX-TL55t5q7QmP994WLAD1ynb-GB82WEST12345698765432-omizLCph0n8';
    const page = { rows: [{ id: 'r1', message: 'client logged in' }], total: 1, nextCursor: sealed };
    expect(redactAnswer(page).value).toBe(page);
    const withSecret = { ...page, rows: [{ id: 'r1', message: 'iban GB82WEST12345698765432' }] };
    expect(redactAnswer(withSecret).value).toEqual({
      ...page,
      rows: [{ id: 'r1', message: 'iban [redacted: IBAN]' }],
      nextCursor: sealed,
    });
    // Anything not shaped as a sealed position is read like the rest of the answer.
    expect(redactAnswer({ rows: [], nextCursor: 'iban GB82WEST12345698765432' }).value).toEqual({
      rows: [],
      nextCursor: 'iban [redacted: IBAN]',
    });
  });

  it('refuses a whole answer without rows that it cannot read', () => {
    expect(() => redactAnswer(unreadable('settings'))).toThrow('cannot read');
  });
});

describe('redactMessage', () => {
  it('redacts a failure message, JSON or not', () => {
    expect(redactMessage('upstream said 401: Authorization: Basic ZWxhc3RpYzpzZWNyZXQ=')).toBe(
      'upstream said 401: Authorization: Basic [redacted: token]',
    );
    expect(JSON.parse(redactMessage('{"headers":{"authorization":"Basic ZWxhc3RpYzpzZWNyZXQ="}}'))).toEqual({
      headers: { authorization: '[redacted: authorization]' },
    });
    expect(redactMessage('Cannot reach http://es:9200 — connection refused')).toBe(
      'Cannot reach http://es:9200 — connection refused',
    );
  });

  it('never throws: a message it cannot read is withheld whole', () => {
    vi.spyOn(sensitiveText, 'redactText').mockImplementation(() => {
      throw new Error('broken rule');
    });
    expect(redactMessage('anything')).toBe(WITHHELD_MESSAGE);
  });
});
