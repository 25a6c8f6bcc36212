import { describe, expect, it } from 'vitest';
import { escapeDecodedView } from '../../../../src/shared/domain/escapeDecoding';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { findSecretSpans } from '../../../../src/shared/domain/secretSpans';

/** Secrets a producer logged spelled so that a plain scan misses them, though every reader sees them. */

describe('a secret key spelled with character escapes', () => {
  it.each([
    [
      'a JSON escape inside a logged body',
      'body {"pass\\u0077ord":"Hunter22"}',
      'body {"pass\\u0077ord":"[redacted: password]"}',
    ],
    [
      'a JSON escape inside an escaped body',
      'body {\\"pass\\\\u0077ord\\":\\"Hunter22\\"}',
      'body {\\"pass\\\\u0077ord\\":\\"[redacted: password]\\"}',
    ],
    ['a source-code escape', 'pass\\x77ord=Hunter22', 'pass\\x77ord=[redacted: password]'],
    ['an HTML decimal reference', 'pass&#119;ord=Hunter22', 'pass&#119;ord=[redacted: password]'],
    ['an HTML hex reference', 'client_&#x73;ecret=Hunter22', 'client_&#x73;ecret=[redacted: client_secret]'],
    ['HTML-escaped quotes', 'password=&quot;Hunter22&quot;', 'password=&quot;[redacted: password]&quot;'],
    [
      'an HTML-escaped JSON body',
      '{&quot;password&quot;:&quot;Hunter22&quot;}',
      '{&quot;password&quot;:&quot;[redacted: password]&quot;}',
    ],
  ])('is found in %s', (_name, text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });
});

describe('a secret key or scheme as a reader sees it', () => {
  it.each([
    ['a zero-width space in the key', 'pass\u200Bword=Hunter22', 'pass\u200Bword=[redacted: password]'],
    ['a soft hyphen in the key', '"api\u00ADkey":"k_live_55aa"', '"api\u00ADkey":"[redacted: apikey]"'],
    ['a full-width key', 'ｐａｓｓｗｏｒｄ=Hunter22', 'ｐａｓｓｗｏｒｄ=[redacted: password]'],
    ['a full-width separator', 'password＝Hunter22', 'password＝[redacted: password]'],
    ['a word joiner in the scheme', 'Bear\u2060er abc123def456', 'Bear\u2060er [redacted: token]'],
  ])('is found with %s', (_name, text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });
});

describe('a password in an address or after an unusual separator', () => {
  it.each([
    [
      'slashes escaped as JSON writes them',
      'https:\\/\\/ivy:Hunter22@db.example',
      'https:\\/\\/ivy:[redacted: password]@db.example',
    ],
    ['no user before it', 'redis://:Hunter22@cache:6379', 'redis://:[redacted: password]@cache:6379'],
    ['a := separator', 'password := Hunter22', 'password := [redacted: password]'],
    ['a := separator, glued', 'password:=Hunter22', 'password:=[redacted: password]'],
  ])('is found with %s', (_name, text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });
});

describe('a credential in a less common spelling', () => {
  it.each([
    [
      'an HTTP Digest response',
      'Authorization: Digest username="ivy", realm="crm", nonce="dcd98b", uri="/", response="6629fae49393a05397450978507c4ef1", cnonce="0a4f113b"',
      '6629fae49393a05397450978507c4ef1',
    ],
    ['a JWT glued after an id prefix', 'session id_eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJl', 'eyJzdWIi'],
    [
      'a private key in lower case',
      '-----begin private key-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4w\n-----end private key-----',
      'MIIBVAIBADANBgkq',
    ],
  ])('is withheld: %s', (_name, text, secret) => {
    const masked = maskSensitiveText(text);
    expect(masked).not.toContain(secret);
    expect(masked).toContain('[redacted: ');
  });

  it('keeps the Digest nonces and names readable', () => {
    expect(
      maskSensitiveText('Digest username="ivy", nonce="dcd98b", response="6629fae49393a05397450978507c4ef1"'),
    ).toBe('Digest username="ivy", nonce="dcd98b", response="[redacted: token]"');
  });
});

describe('escapes that spell nothing secret', () => {
  it.each([
    ['an escaped accent in a name', 'client Ren\\u00e9 logged in at 10:42'],
    ['HTML-escaped prose', 'Terms &amp; conditions: accepted &lt;v2&gt;'],
    ['a Windows path', 'saved to C:\\users\\xavier\\u2026\\report.csv'],
    ['an address with a port and no password', 'https://crm.example:8443/login?next=%2Fhome'],
  ])('leave %s readable', (_name, text) => {
    expect(findSecretSpans(text)).toEqual([]);
  });

  it('gives back every decoded character at its place in the text', () => {
    const view = escapeDecodedView('a\\u0062c&#100;e&quot;');
    expect(view?.text).toBe('abcde"');
    expect(view?.origin).toEqual([0, 1, 7, 8, 14, 15, 21]);
  });
});
