import { luhnCheckDigit, mod97 } from '../../../../src/shared/domain/checksums';
import type { SeededRandom } from '../../../../src/main/demoData/seededRandom';

/** One secret written the way a producer might log it, and the parts of it that must never come back. */
export interface SecretShape {
  readonly kind: string;
  readonly text: string;
  readonly needles: readonly string[];
  /** Cards and IBANs are also logged glued to a currency (`…1111EUR`). */
  readonly gluable?: boolean;
  /** Cards are also logged glued to the word before them (`card4111…`). */
  readonly gluesLeft?: boolean;
}

const CARD_BRANDS: readonly (readonly [string, number])[] = [
  ['4', 16],
  ['4', 19],
  ['4', 13],
  ['51', 16],
  ['55', 16],
  ['2221', 16],
  ['2720', 16],
  ['34', 15],
  ['37', 15],
  ['36', 14],
  ['6011', 16],
  ['3530', 16],
  ['62', 19],
  ['67', 18],
];

function digits(random: SeededRandom, count: number): string {
  let out = '';
  while (out.length < count) out += String(random.int(0, 9));
  return out;
}

/** Groups as cards are printed: 4-6-5 (15 digits), 4-6-4 (14), fours otherwise. */
function grouped(card: string, separator: string): string {
  const layout = card.length === 15 ? [4, 6, 5] : card.length === 14 ? [4, 6, 4] : [];
  if (layout.length === 0) return card.replace(/(\d{4})(?=\d)/g, `$1${separator}`);
  let at = 0;
  return layout.map((width) => card.slice(at, (at += width))).join(separator);
}

export function cardShape(random: SeededRandom): SecretShape {
  const [prefix, length] = random.pick(CARD_BRANDS);
  const body = prefix + digits(random, length - prefix.length - 1);
  const card = body + luhnCheckDigit(body);
  const style = random.pick(['compact', ' ', '-', '.', '%20']);
  const text = style === 'compact' ? card : grouped(card, style);
  return { kind: `card (${style})`, text, needles: [text, card], gluable: true, gluesLeft: true };
}

/** [country, BBAN pattern]: `n` a digit, `a` a letter, `c` either. */
const IBAN_FORMATS: readonly (readonly [string, string])[] = [
  ['DE', 'nnnnnnnnnnnnnnnnnn'],
  ['AT', 'nnnnnnnnnnnnnnnn'],
  ['NL', 'aaaannnnnnnnnn'],
  ['GB', 'aaaannnnnnnnnnnnnn'],
  ['FR', 'nnnnnnnnnncccccccccccnn'],
  ['ES', 'nnnnnnnnnnnnnnnnnnnn'],
  ['IT', 'annnnnnnnnncccccccccccc'],
  ['CH', 'nnnnncccccccccccc'],
  ['BE', 'nnnnnnnnnnnn'],
  ['PL', 'nnnnnnnnnnnnnnnnnnnnnnnn'],
  ['NO', 'nnnnnnnnnnn'],
  ['MT', 'aaaannnnncccccccccccccccccc'],
];

export function ibanShape(random: SeededRandom): SecretShape {
  const [country, pattern] = random.pick(IBAN_FORMATS);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const bban = [...pattern]
    .map((slot) =>
      slot === 'n' || (slot === 'c' && random.chance(0.6)) ? String(random.int(0, 9)) : random.pick([...letters]),
    )
    .join('');
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  const compact = `${country}${String(98 - mod97(numeric)).padStart(2, '0')}${bban}`;
  const spaced = random.chance(0.4) ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
  const text = random.chance(0.35) ? spaced.toLowerCase() : spaced;
  return { kind: 'IBAN', text, needles: [text, text.replace(/ /g, '')], gluable: true };
}

const PASSWORD_SYMBOLS = '!#$*+-./@^_~';

/** A password as people choose them: letters, digits, a symbol; never a character that ends a word. */
export function password(random: SeededRandom): string {
  const word = random.pick(['Summer', 'falcon', 'Trader', 'monaco', 'Zebra', 'hunter', 'Kitty', 'Geheim']);
  return `${word}${random.int(10, 99_999)}${random.pick([...PASSWORD_SYMBOLS])}${random.alphanumeric(random.int(0, 6))}`;
}

function base64Url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function tokenShape(random: SeededRandom): SecretShape {
  const jwt = `${base64Url({ alg: 'HS256', typ: 'JWT' })}.${base64Url({ sub: random.hex(24), iat: random.int(1e9, 2e9) })}.${Buffer.from(random.hex(64), 'hex').toString('base64url')}`;
  const long = random.alphanumeric(random.int(16, 48));
  const short = `${random.alphanumeric(random.int(3, 8))}${random.int(0, 9)}`;
  const basic = Buffer.from(`${random.pick(['svc', 'bob', 'crm-sync'])}:${password(random)}`).toString('base64');
  const [kind, text, secret] = random.pick([
    ['JWT', jwt, jwt],
    ['bearer token', `Bearer ${long}`, long],
    ['short bearer token', `Bearer ${short}`, short],
    ['lower-case bearer token', `bearer ${long}`, long],
    ['authorization header', `Authorization: Bearer ${random.pick([long, short, jwt])}`, ''],
    ['basic credentials', `Authorization: Basic ${basic}`, basic],
    ['basic credentials', `Basic ${basic}`, basic],
    ['percent-encoded bearer token', `Bearer%20${short}`, short],
    ['percent-encoded header', `Authorization%3A%20Bearer%20${long}`, long],
  ] as const);
  const needle = secret === '' ? text.slice('Authorization: Bearer '.length) : secret;
  return { kind, text, needles: [needle] };
}

const TEXT_KEYS = [
  'password',
  'Password',
  'pw',
  'pwd',
  'passwort',
  'passwd',
  'pass',
  'client_secret',
  'secret',
  'access_token',
  'refresh_token',
  'token',
  'api_key',
  'apiKey',
  'x-api-key',
  'X-Api-Key',
  'credentials',
  'user[password]',
  'auth.token',
];

export function keyedShape(random: SeededRandom): SecretShape {
  const key = random.pick(TEXT_KEYS);
  const value = password(random);
  const encoded = encodeURIComponent(value);
  const [form, text, needle] = random.pick([
    ['key=value', `${key}=${value}`, value],
    ['URL query', `https://crm.example/api/login?user=bob&${key}=${encoded}&lang=en`, encoded],
    ['JSON fragment', `{"user":"bob","${key}":"${value}","remember":true}`, value],
    ['escaped JSON fragment', `{\\"user\\":\\"bob\\",\\"${key}\\":\\"${value}\\"}`, value],
    ['YAML', `${key}: "${value}"`, value],
    ['colon', `${key}: ${value}`, value],
    ['hash', `'${key}' => '${value}'`, value],
    ['percent-encoded', `q=${encodeURIComponent(`${key}=${value}`)}`, encodeURIComponent(value)],
    ['connection string', `Server=db.internal;User Id=crm;${key}=${value};Encrypt=true`, value],
    ['command line', `sync-job --user=bob --${key}=${value} --verbose`, value],
    ['tabs', `${key}\t=\t${value}`, value],
    ['twice encoded', `next=${encodeURIComponent(encodeURIComponent(`${key}=${value}`))}`, ''],
  ] as const);
  return {
    kind: `${form} (${key})`,
    text,
    needles: [needle === '' ? encodeURIComponent(encodeURIComponent(value)) : needle],
  };
}

export function privateKeyShape(random: SeededRandom): SecretShape {
  const label = random.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines = Array.from({ length: random.int(2, 6) }, () => Buffer.from(random.hex(48), 'hex').toString('base64'));
  const newline = random.pick(['\n', '\r\n', '\\n']);
  const truncated = random.chance(0.2);
  const block = [`-----BEGIN ${label}-----`, ...lines, ...(truncated ? [] : [`-----END ${label}-----`])].join(newline);
  return { kind: `private key${truncated ? ' (cut off)' : ''}`, text: block, needles: lines };
}

/** A card number under a key that names it, in text. */
export function keyedCardShape(random: SeededRandom): SecretShape {
  const card = cardShape(random);
  const key = random.pick(['card', 'pan', 'cardNumber', 'card_number', 'cc']);
  const text = random.pick([`${key}=${card.text}`, `"${key}":"${card.text}"`, `${key}: ${card.text}`]);
  return { kind: 'card under a key', text, needles: card.needles };
}

export function cookieShape(random: SeededRandom): SecretShape {
  const session = random.alphanumeric(random.int(12, 32));
  const [kind, text] = random.pick([
    ['cookie header', `Cookie: sid=${session}; theme=dark; lang=en`],
    ['cookie header', `cookie: _crm_session=${session}`],
    ['set-cookie header', `Set-Cookie: sid=${session}; Path=/; HttpOnly; Secure`],
    ['header dump', `Host: api.crm.example\r\nCookie: sid=${session}\r\nAccept: */*`],
    ['escaped header dump', `Host: api.crm.example\\r\\nSet-Cookie: sid=${session}; Path=/\\r\\nVary: Origin`],
  ] as const);
  return { kind, text, needles: [session] };
}

export function urlPasswordShape(random: SeededRandom): SecretShape {
  const value = password(random).replace(/[@/]/g, '');
  return { kind: 'URL password', text: `https://svc-sync:${value}@api.crm.example/v2/`, needles: [value] };
}
