import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, redactSecrets, TOO_DEEP_MARKER } from '../../../../src/main/redaction/redactSecrets';
import { RedactionTally } from '../../../../src/main/redaction/redactionTally';
import { isSecretKey, SECRET_KEY_HINT } from '../../../../src/shared/domain/secretKeys';
import { isValidIban, passesLuhn } from '../../../../src/shared/domain/checksums';
import { redactText } from '../../../../src/main/redaction/sensitiveText';
import { isCardNumber } from '../../../../src/shared/domain/cardNumbers';
import { SeededRandom } from '../../../../src/main/demoData/seededRandom';
import { bearerToken, cardNumber, iban, jwt } from '../../../../src/main/demoData/sensitiveValues';

const random = new SeededRandom('redaction');
const card = cardNumber(random);
const account = iban(random);
const token = jwt(random, 'client-1');
const bearer = bearerToken(random);

describe('secret key names', () => {
  it.each(['password', 'newPassword', 'password_confirmation', 'client_secret', 'Authorization', 'apiKey', 'api_key'])(
    '%s is secret',
    (key) => expect(isSecretKey(key)).toBe(true),
  );
  it.each(['cardNumber', 'cvv', 'iban', 'token', 'refresh_token', 'pin', 'privateKey'])('%s is secret', (key) =>
    expect(isSecretKey(key)).toBe(true),
  );
  it.each(['pin_code', 'otpCode', 'verification_code', 'hmacKey', 'password_hash', 'webhookSecret', 'apiToken'])(
    '%s is secret',
    (key) => expect(isSecretKey(key)).toBe(true),
  );
  it.each(['errorCode', 'statusCode', 'countryCode', 'promoCode', 'sessionId', 'keyboard', 'monkey'])(
    '%s is not',
    (key) => expect(isSecretKey(key)).toBe(false),
  );
  it.each(['pw', 'passwort', 'Kennwort', 'credentials', 'db_credentials', 'x-api-key', 'X-Auth-Token', 'set-cookie'])(
    '%s is secret',
    (key) => expect(isSecretKey(key)).toBe(true),
  );
  it.each(['id', 'tokenName', 'apiKeyId', 'api', 'changedFields', 'description', 'auth', 'pinned', 'spanish'])(
    '%s is not',
    (key) => expect(isSecretKey(key)).toBe(false),
  );
  it.each(['passwordChangedAt', 'secretName', 'privateKeyId', 'passwordPolicy', 'bypass', 'compass', 'spin'])(
    '%s describes a secret or names none, and is not one',
    (key) => expect(isSecretKey(key)).toBe(false),
  );
  it.each(['password', 'api_key', 'x-api-key', 'Set-Cookie', 'user[password]', 'client_secret', 'CVV2', 'Passwort'])(
    '%s carries the hint that lets a text be scanned for keys',
    (key) => expect(SECRET_KEY_HINT.test(key) && isSecretKey(key)).toBe(true),
  );
});

describe('secrets in text', () => {
  it('recognises the checksums', () => {
    expect(passesLuhn(card)).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('1796137906279')).toBe(true);
    expect(isCardNumber('1796137906279')).toBe(false);
    expect(isCardNumber('378282246310005')).toBe(true);
    expect(isCardNumber('5555555555554444')).toBe(true);
    expect(isCardNumber('4111111111111111')).toBe(true);
    expect(isValidIban(account)).toBe(true);
    expect(isValidIban('DE00123456789012345678')).toBe(false);
  });

  it.each([
    [`Deposit with card ${card} declined`, `Deposit with card [redacted: card •••• ${card.slice(-4)}] declined`],
    ['card 4111 1111 1111 1111 on file', 'card [redacted: card •••• 1111] on file'],
    ['card 4111-1111-1111-1111.', 'card [redacted: card •••• 1111].'],
    [`wire to ${account} today`, 'wire to [redacted: IBAN] today'],
    [`invalid signature for token ${token}`, 'invalid signature for token [redacted: JWT]'],
    [`Authorization: Bearer ${bearer}`, 'Authorization: Bearer [redacted: token]'],
    ['Authorization: Basic ZWxhc3RpYzpzZWNyZXQ=', 'Authorization: Basic [redacted: token]'],
  ])('%s', (input, expected) => {
    const tally = new RedactionTally();
    expect(redactText(input, tally)).toBe(expected);
    expect(tally.total).toBe(1);
  });

  it.each([
    'order 4111111111111112 (fails Luhn) stays',
    'view saved at 1796137906279 (a millisecond timestamp that passes Luhn)',
    'reference 8800000000000005 passes Luhn but no card brand issues it',
    'client 6ae67cd6285ebb2f9b017de8 created 2026-10-31T23:42:14.000Z',
    'phone +44 20 7946 0958, amount 10000.50 EUR',
    'DE00123456789012345678 is not a valid IBAN',
    'bearer of bad news',
  ])('leaves alone: %s', (input) => {
    const tally = new RedactionTally();
    expect(redactText(input, tally)).toBe(input);
    expect(tally.total).toBe(0);
  });
});

describe('redactSecrets', () => {
  it('replaces values under secret keys at any depth and names the key', () => {
    const input = {
      id: 'a1',
      metadata: { method: 'card', password: 'Summer1234!', nested: [{ apiKey: 'k-123', label: 'x' }] },
    };
    const { value, tally } = redactSecrets(input);
    expect(tally.byRule).toEqual({ 'secret field': 2 });
    expect(value).toEqual({
      id: 'a1',
      metadata: {
        method: 'card',
        password: '[redacted: password]',
        nested: [{ apiKey: '[redacted: apiKey]', label: 'x' }],
      },
    });
    expect(input.metadata.password).toBe('Summer1234!');
  });

  it('reads a stringified JSON error as JSON, so a secret under a key is found in it too', () => {
    const error = JSON.stringify({ name: 'ProviderError', request: { headers: { 'x-api-secret': 'abc' } }, code: 401 });
    const { value, tally } = redactSecrets({ error });
    expect(tally.total).toBe(1);
    expect(JSON.parse(value.error)).toEqual({
      name: 'ProviderError',
      request: { headers: { 'x-api-secret': '[redacted: x-api-secret]' } },
      code: 401,
    });
  });

  it('finds card numbers, IBANs, JWTs and bearer tokens in any string, also inside a before/after diff', () => {
    const change = { before: { iban: account }, after: { note: `now ${account}` }, changedFields: ['iban'] };
    const { value, tally } = redactSecrets({ change, message: `paid with ${card}`, error: `Bearer ${bearer}` });
    expect(tally.byRule).toEqual({ 'secret field': 1, IBAN: 1, 'card number': 1, 'bearer token': 1 });
    const text = JSON.stringify(value);
    for (const secret of [account, card, bearer]) expect(text).not.toContain(secret);
    expect(value.change.changedFields).toEqual(['iban']);
  });

  it('withholds each item of a list under a plural secret key, and leaves a count under one readable', () => {
    const { value, tally } = redactSecrets({ tokens: ['t-1a2b', 't-3c4d'], apiKeys: ['k1', null], tokens_count: 2 });
    expect(value).toEqual({
      tokens: ['[redacted: tokens]', '[redacted: tokens]'],
      apiKeys: ['[redacted: apiKeys]', null],
      tokens_count: 2,
    });
    expect(tally.byRule).toEqual({ 'secret field': 3 });
    expect(redactSecrets({ tokens: 3 }).tally.total).toBe(0);
    expect(redactText('sync {"tokens":["t-1a2b","t-3c4d"]} and tokens: 3')).toBe(
      'sync {"tokens":[redacted: tokens]} and tokens: 3',
    );
  });

  it('returns the very same object when nothing is secret', () => {
    const page = { rows: [{ id: '1', description: 'Client updated', metadata: { tokenName: 'CRM sync' } }], total: 1 };
    const result = redactSecrets(page);
    expect(result.tally.total).toBe(0);
    expect(result.value).toBe(page);
  });

  it('redacts a key that is itself a secret, keeping two such keys apart', () => {
    const input = { cards: { '4111111111111111': 'visa', '4111 1111 1111 1111': 'visa again', label: 'x' } };
    const { value, tally } = redactSecrets(input);
    expect(tally.byRule).toEqual({ 'card number': 2 });
    expect(value.cards).toEqual({
      '[redacted: card •••• 1111]': 'visa',
      '[redacted: card •••• 1111] (2)': 'visa again',
      label: 'x',
    });
  });

  it('withholds whatever lies deeper than the depth limit, secret-looking or not', () => {
    let deep: unknown = { note: 'plain words', password: 'Hunter2' };
    for (let level = 0; level < MAX_DEPTH + 5; level++) deep = { level: deep };
    const { value, tally } = redactSecrets({ id: 'a1', deep });
    expect(JSON.stringify(value)).not.toContain('plain words');
    expect(JSON.stringify(value)).not.toContain('Hunter2');
    expect(JSON.stringify(value)).toContain(TOO_DEEP_MARKER);
    expect(tally.byRule).toEqual({ 'too-deep value': 1 });
  });

  it('withholds too-deep values inside a stringified JSON error too', () => {
    const error = `${'['.repeat(MAX_DEPTH + 10)}"Hunter2"${']'.repeat(MAX_DEPTH + 10)}`;
    const { value, tally } = redactSecrets({ error });
    expect(value.error).not.toContain('Hunter2');
    expect(tally.byRule).toEqual({ 'too-deep value': 1 });
  });

  it('counts cookies under their own rule', () => {
    const { value, tally } = redactSecrets({ headers: { cookie: 'sid=abc', 'Set-Cookie': ['sid=abc; Path=/'] } });
    expect(value.headers).toEqual({ cookie: '[redacted: cookie]', 'Set-Cookie': '[redacted: cookie]' });
    expect(tally.byRule).toEqual({ cookie: 2 });
  });

  it('keeps empty and boolean values under secret keys, which reveal nothing', () => {
    const input = { password: '', token: null, pin: false };
    const result = redactSecrets(input);
    expect(result.value).toBe(input);
    expect(result.tally.total).toBe(0);
  });
});
