import { describe, expect, it } from 'vitest';
import { RedactionTally } from '../../../../src/main/redaction/redactionTally';
import { findSecretSpans, redactText } from '../../../../src/main/redaction/sensitiveText';

const PEM_BODY = 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun';
const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----`;

describe('secrets in text, by shape and by key', () => {
  it.each([
    ['card followed by expiry', 'paid 4111 1111 1111 1111 12/25', 'paid [redacted: card •••• 1111] 12/25'],
    ['card after another number', 'order 12 5555 5555 5555 4444 ok', 'order 12 [redacted: card •••• 4444] ok'],
    ['card glued to a currency', 'charged 4111111111111111EUR', 'charged [redacted: card •••• 1111]EUR'],
    ['card with dots', 'card 4111.1111.1111.1111.', 'card [redacted: card •••• 1111].'],
    ['card with no-break spaces', 'card 4111\u00a01111\u00a01111\u00a01111', 'card [redacted: card •••• 1111]'],
    ['card and its expiry glued on', 'card4111111111111111 exp0125', 'card[redacted: card •••• 1111] exp0125'],
    ['IBAN followed by a currency', 'to DE89 3704 0044 0532 0130 00 EUR', 'to [redacted: IBAN] EUR'],
    ['IBAN glued to a currency', 'to DE89370400440532013000EUR', 'to [redacted: IBAN]EUR'],
    ['lower-case IBAN', 'to gb82west12345698765432.', 'to [redacted: IBAN].'],
    ['password= in text', 'retry password=Hunter2! ok', 'retry password=[redacted: password] ok'],
    ['password in a query', '/login?user=bob&pw=abc123&x=1', '/login?user=bob&pw=[redacted: pw]&x=1'],
    ['password on a command line', 'ran sync --password=Hunter2', 'ran sync --password=[redacted: password]'],
    [
      'JSON fragment',
      'body {"user":"bob","password":"S3cr3t!"} 400',
      'body {"user":"bob","password":"[redacted: password]"} 400',
    ],
    ['escaped JSON fragment', '{\\"passwort\\":\\"Geheim 1\\"}', '{\\"passwort\\":\\"[redacted: passwort]\\"}'],
    ['credentials object', 'cfg credentials={"u":"a","p":"b"} end', 'cfg credentials=[redacted: credentials] end'],
    ['x-api-key header', 'x-api-key: k_live_55aa', 'x-api-key: [redacted: x-api-key]'],
    ['percent-encoded token', 'cb%3Faccess_token%3DZm9v42%26x', 'cb%3Faccess_token%3D[redacted: access_token]%26x'],
    [
      'percent-encoded header',
      'h=Authorization%3A%20Bearer%20abc123',
      'h=Authorization%3A%20Bearer%20[redacted: token]',
    ],
    ['short bearer token', 'retry with Bearer abc123', 'retry with Bearer [redacted: token]'],
    ['authorization scheme kept', 'Authorization: Token abc123', 'Authorization: Token [redacted: Authorization]'],
    ['URL password', 'GET https://svc:Hunter2@api.example/v1', 'GET https://svc:[redacted: password]@api.example/v1'],
    ['private key', `config ${PEM} loaded`, 'config [redacted: private key] loaded'],
    ['cut-off private key', `key -----BEGIN PRIVATE KEY-----\\n${PEM_BODY}`, 'key [redacted: private key]'],
    ['cookie header', 'Cookie: sid=8f3k2j; theme=dark\nAccept: */*', 'Cookie: [redacted: cookie]\nAccept: */*'],
    ['set-cookie header', 'Set-Cookie: sid=Q29v; Path=/; HttpOnly', 'Set-Cookie: [redacted: cookie]'],
    [
      'escaped header dump',
      'Host: x\\r\\nCookie: sid=8f3k2j\\r\\nVary: O',
      'Host: x\\r\\nCookie: [redacted: cookie]\\r\\nVary: O',
    ],
  ])('%s', (_name, input, expected) => {
    const tally = new RedactionTally();
    expect(redactText(input, tally)).toBe(expected);
    expect(tally.total).toBe(1);
  });

  it('counts each secret of a text under its rule', () => {
    const tally = new RedactionTally();
    redactText(`Cookie: a=b\n${PEM}\npaid 4111111111111111 to DE89370400440532013000`, tally);
    expect(tally.byRule).toEqual({ cookie: 1, 'private key': 1, 'card number': 1, IBAN: 1 });
  });

  it.each([
    'order 4111111111111112 (fails Luhn) stays',
    'view saved at 1796137906279 (a millisecond timestamp that passes Luhn)',
    'reference 8800000000000005 passes Luhn but no card brand issues it',
    'client 6ae67cd6285ebb2f9b017de8 created 2026-10-31T23:42:14.000Z',
    'phone +44 20 7946 0958, amount 10000.50 EUR, mobile +4915112345674',
    'id 5f1d4111111111111111a3b2 is a hex id, not a card',
    'uuid 4111a111-4111-4111-8111-111111111111',
    'DE00123456789012345678 is not a valid IBAN',
    'hash de89370400440532013000ab12cd is hex, not an IBAN',
    'bearer of bad news, basic plan, Bearer Token',
    'Invalid password: must be 8 characters; token: expired',
    'password=null, pw="", passwordChangedAt=2026-10-31',
    'GET https://api.example:8443/v1/items?page=2',
    'journeyJson.data.id',
  ])('leaves alone: %s', (input) => {
    expect(findSecretSpans(input)).toEqual([]);
    expect(redactText(input)).toBe(input);
  });

  it('gives the spans it redacts, with offsets into the text as written', () => {
    const text = 'pay 4111 1111 1111 1111 via token%3Dabc123 now';
    expect(findSecretSpans(text)).toEqual([
      { start: 4, end: 23, rule: 'card number', marker: '[redacted: card •••• 1111]' },
      { start: 36, end: 42, rule: 'secret field', marker: '[redacted: token]' },
    ]);
    expect(text.slice(36, 42)).toBe('abc123');
  });

  it('merges overlapping finds into one span', () => {
    const text = 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    const spans = findSecretSpans(text);
    expect(spans).toHaveLength(1);
    expect(redactText(text)).toBe('Authorization: Bearer [redacted: JWT]');
  });

  it('leaves its own markers alone when run again', () => {
    const once = redactText('password=abc123 Cookie: sid=x1y2z3\nBearer abc123 4111111111111111');
    expect(findSecretSpans(once)).toEqual([]);
  });
});
