import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers } from '../../../../src/main/router/createRouter';
import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import type { LogPage } from '../../../../src/shared/query/logSource';
import { activityPageOf as pageOf } from '../../support/logPages';
import { refusingHandlers } from './refusingHandlers';

/** Secrets a producer logged in shapes a hostile reading found leaving main, read back as a renderer would. */

function activity(id: string, message: string, metadata: Record<string, unknown> = {}): ClientActivity {
  return {
    id,
    clientId: 'c1',
    actorType: 'client',
    actorId: null,
    actorName: null,
    sourceApp: 'crm',
    eventName: 'client.deposit_submitted',
    message,
    metadata,
    createdAt: '2026-10-31T23:42:14.000Z',
    change: null,
  };
}

type ActivityPage = Extract<LogPage, { family: 'activity' }>;

function routerAnswering(page: ActivityPage) {
  const answer: Partial<Handlers> = { 'activity/search': () => Promise.resolve(page) };
  return createRouter({
    handlers: refusingHandlers(answer),
    currentOperator: () => ({ id: 'a1', name: 'Ann', role: 'auditor', scope: null }),
    journal: { record: () => Promise.resolve() },
  });
}

async function readPage(page: ActivityPage): Promise<LogPage> {
  const result = await routerAnswering(page).handle('activity/search', { family: 'activity' }, { trusted: true });
  if (!result.ok) throw new Error(`activity/search failed: ${result.code} ${result.message}`);
  return result.data as LogPage;
}

function nested(levels: number, leaf: Record<string, unknown>): Record<string, unknown> {
  let value = leaf;
  for (let level = 0; level < levels; level++) value = { level: value };
  return value;
}

const PRIVATE_KEY = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun',
  'VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK',
  '-----END RSA PRIVATE KEY-----',
].join('\n');

/** [what a producer logged, the message or metadata holding it, the secret that must not come back]. */
const LEAKS: readonly (readonly [string, string, Record<string, unknown>, string])[] = [
  ['a card followed by its expiry', 'paid with 4111 1111 1111 1111 12/25', {}, '4111 1111 1111 1111'],
  ['a card glued to a currency', 'charged 4111111111111111EUR', {}, '4111111111111111'],
  ['a card after another number', 'order 12 5555 5555 5555 4444 declined', {}, '5555 5555 5555 4444'],
  ['a card printed with dots', 'card 4111.1111.1111.1111 on file', {}, '4111.1111.1111.1111'],
  ['an Amex card printed with spaces', 'card 3782 822463 10005 on file', {}, '3782 822463 10005'],
  ['a card split by a zero-width space', 'paid with 4111\u200B111111111111', {}, '4111\u200B111111111111'],
  ['a card grouped by a space and a dash', 'card 4111 1111-1111 1111 on file', {}, '4111 1111-1111 1111'],
  ['an IBAN in Arabic-Indic digits', 'wire to DE٨٩٣٧٠٤٠٠٤٤٠٥٣٢٠١٣٠٠٠ today', {}, '٣٧٠٤٠٠٤٤٠٥٣٢'],
  ['an IBAN followed by a currency', 'wire to DE89 3704 0044 0532 0130 00 EUR', {}, '3704 0044 0532 0130'],
  ['a lower-case IBAN', 'wire to de89370400440532013000 today', {}, '370400440532013000'],
  ['a card right after a plus', 'call back on +4111111111111111', {}, '4111111111111111'],
  ['a card after a plus and a zero-width space', 'call +\u200B5555555555554444', {}, '5555555555554444'],
  ['a card glued to hex letters through a zero-width space', 'ref abc\u200B4111111111111111', {}, '4111111111111111'],
  ['a card in superscript digits', 'card ⁴¹¹¹¹¹¹¹¹¹¹¹¹¹¹¹ ok', {}, '¹¹¹¹¹¹¹¹¹¹¹¹'],
  ['a card grouped by slashes', 'card 4111/1111/1111/1111', {}, '4111/1111/1111/1111'],
  ['a card grouped by underscores', 'saved card_4111_1111_1111_1111', {}, '4111_1111_1111_1111'],
  ['an IBAN glued to its label', 'payout to ibanDE89370400440532013000', {}, '370400440532013000'],
  [
    'an IBAN glued to its label through a zero-width space',
    'payout iban\u200BDE89370400440532013000',
    {},
    '370400440532013000',
  ],
  ['an IBAN grouped by dashes', 'wire to DE89-3704-0044-0532-0130-00', {}, '3704-0044-0532-0130'],
  ['an IBAN with only its first group apart', 'wire to DE89 370400440532013000 today', {}, '370400440532013000'],
  ['a card number as an object key', 'saved cards', { '4111111111111111': { brand: 'visa' } }, '4111111111111111'],
  ['password= in text', 'login retried with password=Hunter2Hunter2 ok', {}, 'Hunter2Hunter2'],
  ['password= in a URL query', 'GET https://crm.example/login?user=bob&password=Sw0rdfish! 302', {}, 'Sw0rdfish!'],
  ['a "password": fragment', 'rejected body {"user":"bob","password":"Tr0ub4dor"} (400)', {}, 'Tr0ub4dor'],
  ['a percent-encoded header', 'callback?h=Authorization%3A%20Bearer%20abc123def456', {}, 'abc123def456'],
  ['a percent-encoded token', 'redirect to /cb%3Faccess_token%3DZm9vYmFy42%26x%3D1', {}, 'Zm9vYmFy42'],
  ['a short bearer token', 'retry with Bearer abc123', {}, 'abc123'],
  ['a key named pw', 'login', { pw: 'kitty-cat' }, 'kitty-cat'],
  ['a key named passwort', 'login', { passwort: 'Geheim!99' }, 'Geheim!99'],
  ['a key named credentials', 'login', { credentials: 'bob:Zebra!42' }, 'Zebra!42'],
  ['a key named x-api-key', 'sync', { headers: { 'x-api-key': 'k_live_55aa' } }, 'k_live_55aa'],
  ['a value nested too deep', 'deep', nested(70, { note: 'plain words Hunter2Deep' }), 'Hunter2Deep'],
  ['a private key in a message', `provider config dump: ${PRIVATE_KEY}`, {}, 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2'],
  ['a cookie header', 'headers: Cookie: session=8f3k2j9x; theme=dark', {}, 'session=8f3k2j9x'],
  ['a set-cookie header', 'upstream said Set-Cookie: sid=Q29va2llcw; Path=/; HttpOnly', {}, 'sid=Q29va2llcw'],
  ['an IBAN with its country code in mixed case', 'wire to De89 3704 0044 0532 0130 00 today', {}, '3704 0044 0532'],
  ['a key name spelled with a JSON escape', 'rejected body {"pass\\u0077ord":"Tr0ub4dor"} (400)', {}, 'Tr0ub4dor'],
  ['HTML-escaped quotes around a password', 'form echoed password=&quot;Tr0ub4dor&quot;', {}, 'Tr0ub4dor'],
  ['a key name split by a zero-width space', 'login', { body: 'pass\u200Bword=Hunter2Hunter2' }, 'Hunter2Hunter2'],
  ['a key name in full-width letters', 'login retried with ｐａｓｓｗｏｒｄ=Hunter2Hunter2', {}, 'Hunter2Hunter2'],
  ['an address with JSON-escaped slashes', 'config {"db":"https:\\/\\/ivy:Sw0rdfish@db.example"', {}, 'Sw0rdfish'],
  ['an address with no user', 'connecting to redis://:Sw0rdfish@cache:6379', {}, 'Sw0rdfish'],
  ['a password after :=', 'config set password := Sw0rdfish', {}, 'Sw0rdfish'],
  [
    'a Stripe secret key in a provider error',
    'Stripe rejected sk_live_4eC39HqLyjWDarjtT1zdp7dc',
    {},
    '4eC39HqLyjWDarjtT1zdp7dc',
  ],
  [
    'a header logged as a name/value pair',
    'sync',
    { headers: [{ name: 'X-Api-Key', value: 'Zm9vYmFy42' }] },
    'Zm9vYmFy42',
  ],
  ['a GitHub token in a metadata note', 'sync', { note: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a' }, 'E7710c838347'],
  [
    'an AWS presigned URL signature',
    'download https://b.s3.amazonaws.com/k?X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
    {},
    'aeeed9bbccd4d02ee5c0109b86d86835',
  ],
  [
    'an Azure SAS signature',
    'upload',
    { url: 'https://a.blob.core.windows.net/c?sv=1&sig=Zm9vYmFy42%3D' },
    'Zm9vYmFy42',
  ],
  [
    'an HTTP Digest response',
    'auth',
    { header: 'Authorization: Digest username="u", nonce="n", response="6629fae49393a05397450978507c4ef1"' },
    '6629fae49393a05397450978507c4ef1',
  ],
  ['a password as markup', 'SOAP <ns:Password type="text">Tr0ub4dor</ns:Password>', {}, 'Tr0ub4dor'],
  ['a password as a name/value element', 'form <param name="password" value="Tr0ub4dor"/>', {}, 'Tr0ub4dor'],
  ['a password in words', 'client said the password is Tr0ub4dor', {}, 'Tr0ub4dor'],
  ['a password after an arrow', 'password -> Tr0ub4dor', {}, 'Tr0ub4dor'],
  ['a password flag', 'ran backup --password Tr0ub4dor', {}, 'Tr0ub4dor'],
  ['a MySQL -p', 'cron: mysqldump -uroot -pTr0ub4dor crm', {}, 'Tr0ub4dor'],
  ['an API key flag', 'ran sync --api-key k_live_55aa', {}, 'k_live_55aa'],
  [
    'a token as the user of an address',
    'git clone https://0123456789abcdef0123456789abcdef01234567@github.com/o/r.git',
    {},
    '0123456789abcdef0123456789abcdef01234567',
  ],
  ['a list of tokens', 'sync', { tokens: ['Zm9vYmFy42', 'YmF6cXV4'] }, 'YmF6cXV4'],
  ['a list of tokens in text', 'sync {"tokens":["Zm9vYmFy42","YmF6cXV4"]} done', {}, 'YmF6cXV4'],
  ['a key name in Cyrillic look-alikes', 'login раssword=Tr0ub4dor', {}, 'Tr0ub4dor'],
  ['a metadata key in Cyrillic look-alikes', 'login', { раssword: 'Tr0ub4dor' }, 'Tr0ub4dor'],
  [
    'a JWT glued after an id prefix',
    'session id_eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJl',
    {},
    'eyJzdWIi',
  ],
  [
    'a private key in lower case',
    'dump -----begin private key-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4w\n-----end private key-----',
    {},
    'MIIBVAIBADANBgkq',
  ],
  ['an IBAN with its bank code in lower case', 'wire to gB29nwbk60161331926819 today', {}, '60161331926819'],
];

describe('router redaction of secrets in every logged shape', () => {
  it.each(LEAKS)('never sends %s', async (_name, message, metadata, secret) => {
    const page = await readPage(pageOf([activity('r1', message, metadata)]));
    const text = JSON.stringify(page);
    expect(text).not.toContain(secret);
    expect(text).toContain('[redacted: ');
    expect(Object.values(page.redactions).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  });
});

describe('router redaction of a card split by an invisible character', () => {
  it('sends the search answer with the whole printed number replaced, the invisible character too', async () => {
    const page = await readPage(pageOf([activity('r1', 'paid with 4111\u200B111111111111 today')]));
    const [row] = page.rows as ClientActivity[];
    expect(row?.message).toBe('paid with [redacted: card •••• 1111] today');
    expect(page.redactions).toEqual({ 'card number': 1 });
  });
});

describe('router redaction fails closed', () => {
  it('withholds a row redaction cannot read, sends the others, and the page says how many and why', async () => {
    const unreadable = activity('r2', 'fine');
    Object.defineProperty(unreadable, 'message', {
      enumerable: true,
      get() {
        throw new Error('unreadable record 4111111111111111');
      },
    });
    const page = await readPage(pageOf([activity('r1', 'client logged in'), unreadable, activity('r3', 'ok')]));
    expect(page.rows.map((row) => row.id)).toEqual(['r1', 'r3']);
    expect(page.redactions).toEqual({ 'withheld row (redaction failed)': 1 });
    expect(JSON.stringify(page)).not.toContain('r2');
  });
});
