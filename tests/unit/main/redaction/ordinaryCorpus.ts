import { SeededRandom } from '../../../../src/main/demoData/seededRandom';

/** Ordinary values that look a little like secrets (long numbers, hex, dates) and must stay readable. */
export interface OrdinaryCase {
  readonly kind: string;
  readonly record: Record<string, unknown>;
}

const FROM_MS = Date.UTC(2000, 0, 1);
const TO_MS = Date.UTC(2040, 0, 1);

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function digits(random: SeededRandom, count: number): string {
  let out = String(random.int(1, 9));
  while (out.length < count) out += String(random.int(0, 9));
  return out;
}

type Maker = (random: SeededRandom) => readonly [string, string | number];

const MAKERS: readonly Maker[] = [
  (random) => ['epoch ms', random.int(FROM_MS, TO_MS)],
  (random) => ['epoch ms text', String(random.int(FROM_MS, TO_MS))],
  (random) => ['epoch s', Math.floor(random.int(FROM_MS, TO_MS) / 1000)],
  (random) => ['epoch µs', `${random.int(FROM_MS, TO_MS)}${pad(random.int(0, 999), 3)}`],
  (random) => {
    const date = new Date(random.int(FROM_MS, TO_MS));
    const iso = date.toISOString();
    const [day = '', time = ''] = iso.split('T');
    const compact = `${day.replace(/-/g, '')}T${time.slice(0, 8).replace(/:/g, '')}Z`;
    const dotted = `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
    return [
      'ISO date',
      random.pick([iso, day, compact, dotted, `${day} ${time.slice(0, 8)}.123456`, iso.replace('Z', '+02:00')]),
    ];
  },
  (random) => ['ObjectId', `${Math.floor(random.int(FROM_MS, TO_MS) / 1000).toString(16)}${random.hex(16)}`],
  (random) => {
    const uuid = `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-${random.pick(['8', '9', 'a', 'b'])}${random.hex(3)}-${random.hex(12)}`;
    return ['UUID', random.chance(0.3) ? uuid.toUpperCase() : uuid];
  },
  (random) => [
    'order number',
    random.pick([
      `ORD-${random.int(2020, 2039)}-${pad(random.int(0, 999_999), 6)}`,
      `#${digits(random, random.int(6, 10))}`,
      `INV-${pad(random.int(0, 999_999), 6)}`,
      `PO ${digits(random, 10)}`,
      digits(random, random.int(8, 12)),
      `A-${digits(random, 4)}-${digits(random, 4)}`,
    ]),
  ],
  (random) => {
    const amount = random.int(0, 99_999_999) / 100;
    const fixed = amount.toFixed(2);
    const grouped = amount.toLocaleString('en-US', { minimumFractionDigits: 2 });
    const european = amount.toLocaleString('de-DE', { minimumFractionDigits: 2 });
    return ['amount', random.pick([fixed, `${fixed} EUR`, `USD ${grouped}`, `€${european}`, `${grouped}`, amount])];
  },
  (random) => [
    'phone',
    random.pick([
      `+44 20 ${digits(random, 4)} ${digits(random, 4)}`,
      `+1 (${digits(random, 3)}) ${digits(random, 3)}-${digits(random, 4)}`,
      `+49 151 ${digits(random, 8)}`,
      `+4915${digits(random, 9)}`,
      `+33 6 ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)}`,
      `+7 912 ${digits(random, 3)}-${digits(random, 2)}-${digits(random, 2)}`,
      `+971 50 ${digits(random, 3)} ${digits(random, 4)}`,
      `+86 138 ${digits(random, 4)} ${digits(random, 4)}`,
      `00${random.pick(['44', '49', '33', '357'])}${digits(random, 10)}`,
    ]),
  ],
  (random) => [
    'IP',
    random.pick([
      `${random.int(1, 254)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`,
      `2001:db8:${random.hex(4)}::${random.hex(4)}:${random.hex(4)}`,
      `fe80::${random.hex(4)}:${random.hex(2)}ff:fe${random.hex(2)}:${random.hex(4)}`,
    ]),
  ],
  (random) => [
    'version',
    random.pick([
      `${random.int(0, 30)}.${random.int(0, 99)}.${random.int(0, 999)}`,
      `v${random.int(10, 24)}.${random.int(0, 20)}.${random.int(0, 9)}`,
      `${random.int(2020, 2039)}.${random.int(1, 12)}.${random.int(1, 31)}`,
      `9.4.${random.int(0, 9)}-SNAPSHOT`,
      `1.0.0-beta.${random.int(1, 40)}+build.${digits(random, 6)}`,
    ]),
  ],
  (random) => [
    'hash',
    random.pick([
      random.hex(64),
      random.hex(40),
      random.hex(32),
      `sha256:${random.hex(64)}`,
      random.hex(64).toUpperCase(),
    ]),
  ],
  (random) => [
    'masked card',
    random.pick([
      `4111 **** **** ${digits(random, 4)}`,
      `**** ${digits(random, 4)}`,
      `${digits(random, 6)}******${digits(random, 4)}`,
    ]),
  ],
  (random) => ['snowflake id', `1${digits(random, 18)}`],
  (random) => [
    'URL',
    `https://api.crm.example:8443/v2/clients/${random.hex(24)}/orders?page=${random.int(1, 99)}&sort=created`,
  ],
  (random) => ['coordinates', `${random.float(-90, 90).toFixed(6)}, ${random.float(-180, 180).toFixed(6)}`],
  (random) => ['duration', `took ${random.int(1, 99_999)}ms (${random.int(1, 9)}.${random.int(0, 999)}s)`],
  (random) => ['base64 id', Buffer.from(random.hex(18), 'hex').toString('base64url')],
  (random) => [
    'log fields',
    `status: ${random.int(200, 599)}; retries=${random.int(0, 5)}; code: E${digits(random, 4)}`,
  ],
];

/** Prose the log producers write that names secrets without holding one. */
const PROSE = [
  'Client requested a password reset',
  'Password changed by the client',
  'Invalid password: must be at least 8 characters',
  'token: expired',
  'Bearer of the account confirmed by phone',
  'basic plan upgraded to premium',
  'API key rotated by admin',
  'Cookie consent accepted',
  'Two-factor code sent by SMS',
  'secret question answered',
  'password is required',
  'password was changed by the client',
  'reset password -> sent',
  'docker login --password-file /etc/x',
  'use --token to sign in',
  'form <password/> submitted empty',
  'tokens: 3',
  'cloned https://build-bot@github.com/acme/crm.git',
  'PIN is OK',
  'Клиент сменил пароль',
];
const TEMPLATES = [
  (value: string) => value,
  (value: string) => `Order placed ${value} (ok)`,
  (value: string) => `value=${value}`,
  (value: string) => `"value":"${value}"`,
  (value: string) => `[${value}]`,
  (value: string) => `${value}, next ${value}`,
];
const KEYS = ['createdAt', 'orderId', 'amount', 'phone', 'ip', 'version', 'id', 'reference', 'tokenName', 'apiKeyId'];
const DESCRIPTIVE_KEYS = ['passwordChangedAt', 'secretName', 'privateKeyId', 'tokenExpiresAt', 'passwordUpdated'];

/** Records of ordinary values in the same placements as the planted corpus; deterministic for a seed. */
export function ordinaryCorpus(seed: string, size: number): OrdinaryCase[] {
  const random = new SeededRandom(seed);
  const cases: OrdinaryCase[] = [];
  while (cases.length < size) {
    const [kind, value] = random.pick(MAKERS)(random);
    const text = typeof value === 'number' && random.chance(0.5) ? value : random.pick(TEMPLATES)(String(value));
    const record: Record<string, unknown> = {
      id: random.hex(24),
      message: random.chance(0.1) ? random.pick(PROSE) : `event ${random.int(1, 9999)}`,
      [random.pick(KEYS)]: text,
      metadata: { [random.pick(DESCRIPTIVE_KEYS)]: String(value), nested: [{ value }] },
      error: random.chance(0.3) ? JSON.stringify({ name: 'ProviderError', detail: text, at: value }) : null,
    };
    cases.push({ kind, record });
  }
  return cases;
}
