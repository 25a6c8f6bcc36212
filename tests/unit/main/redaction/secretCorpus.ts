import { MAX_DEPTH } from '../../../../src/main/redaction/redactSecrets';
import { SeededRandom } from '../../../../src/main/demoData/seededRandom';
import {
  cardShape,
  cookieShape,
  ibanShape,
  keyedCardShape,
  keyedShape,
  password,
  privateKeyShape,
  tokenShape,
  urlPasswordShape,
  type SecretShape,
} from './secretShapes';

/** A record holding one planted secret, and what of it must never come back out of redaction. */
export interface PlantedCase {
  readonly kind: string;
  readonly placement: string;
  readonly record: Record<string, unknown>;
  readonly needles: readonly string[];
  /** The string field holding the secret, when it is in text (not a key name or a too-deep value). */
  readonly holder?: string;
}

const SHAPES = [
  cardShape,
  ibanShape,
  tokenShape,
  keyedShape,
  keyedCardShape,
  privateKeyShape,
  cookieShape,
  urlPasswordShape,
];

const PREFIXES = [
  '',
  'Deposit with card ',
  'paid via ',
  'error: ',
  '[2026-10-31T23:42:14.512Z] WARN provider said ',
  'ref #12 ',
  'note: ',
  '(',
  '"',
  'Request failed with status code 401 at 2026-10-31 23:42:14, ',
  'client 6ae67cd6285ebb2f9b017de8 sent ',
  'Zahlung mit Karte ',
  'карта№',
  'IBAN:',
  '\t',
  'card',
];
const SUFFIXES = [
  '',
  ' declined',
  ' exp 12/25',
  ' 12/25',
  ' 0125',
  ' EUR',
  '.',
  ',',
  ')',
  '"',
  ' amount 100.00 USD',
  '\n    at verify (/app/node_modules/jsonwebtoken/verify.js:171:19)',
  ' CVV 123',
  '\tnext',
  ' — отклонено',
];
/** Ordinary keys a secret can hide under, at any depth. */
const PATH_KEYS = ['metadata', 'request', 'config', 'details', 'payload', 'data', 'context', 'extra'];
/** Keys whose value is a secret whatever it looks like. */
const SECRET_KEYS = [
  'password',
  'pw',
  'passwort',
  'credentials',
  'x-api-key',
  'Authorization',
  'cookie',
  'set-cookie',
  'client_secret',
  'accessToken',
  'pin',
  'cvv',
  'privateKey',
  'newPassword',
  'db_credentials',
];

function surround(random: SeededRandom, shape: SecretShape): string {
  const suffix = shape.gluable && random.chance(0.15) ? random.pick(['EUR', 'USD', 'Exp1225']) : random.pick(SUFFIXES);
  const prefix = random.pick(PREFIXES);
  return `${/\w$/.test(prefix) && !shape.gluesLeft ? `${prefix} ` : prefix}${shape.text}${suffix}`;
}

function nest(random: SeededRandom, depth: number, leaf: unknown): Record<string, unknown> {
  let value = leaf;
  for (let level = 0; level < depth; level++) {
    value = random.chance(0.2) ? [value] : { [random.pick(PATH_KEYS)]: value, note: 'ok' };
  }
  return { id: random.hex(24), createdAt: '2026-10-31T23:42:14.000Z', metadata: value };
}

/** One shape in its surroundings, or now and then two in one text. */
function plantInText(random: SeededRandom): SecretShape {
  const first = random.pick(SHAPES)(random);
  if (!random.chance(0.15)) return { ...first, text: surround(random, first) };
  const second = random.pick(SHAPES)(random);
  return {
    kind: `${first.kind} + ${second.kind}`,
    text: `${surround(random, first)} / ${surround(random, second)}`,
    needles: [...first.needles, ...second.needles],
  };
}

function textCase(random: SeededRandom): PlantedCase {
  const shape = plantInText(random);
  const text = shape.text;
  const placement = random.pick(['message', 'nested', 'error JSON', 'error text']);
  const base = { id: random.hex(24), createdAt: '2026-10-31T23:42:14.000Z', amount: 100.5 };
  if (placement === 'message')
    return { kind: shape.kind, placement, record: { ...base, message: text }, needles: shape.needles, holder: text };
  if (placement === 'nested') {
    const record = nest(random, random.int(1, 12), text);
    return { kind: shape.kind, placement, record, needles: shape.needles, holder: text };
  }
  const error =
    placement === 'error JSON'
      ? JSON.stringify({ name: 'ProviderError', message: text, status: 401 })
      : `ProviderError: request rejected ${JSON.stringify({ detail: text, status: 401 })}`;
  return { kind: shape.kind, placement, record: { ...base, error }, needles: shape.needles, holder: error };
}

function keyCase(random: SeededRandom): PlantedCase {
  const shape = random.chance(0.5) ? cardShape(random) : ibanShape(random);
  const record = nest(random, random.int(0, 6), { [shape.text]: { brand: 'on file' }, label: 'saved' });
  return { kind: `${shape.kind} as a key`, placement: 'object key', record, needles: shape.needles };
}

function secretKeyCase(random: SeededRandom): PlantedCase {
  const key = random.pick(SECRET_KEYS);
  const value = random.pick([password(random), String(random.int(100_000, 999_999)), privateKeyShape(random).text]);
  const leaf = random.chance(0.2) ? JSON.stringify({ [key]: value }) : { [key]: value, label: 'x' };
  const record = nest(random, random.int(0, 10), leaf);
  const needles = value.startsWith('-----') ? value.split('\n').slice(1, 2) : [value];
  return { kind: `value under ${key}`, placement: 'secret key', record, needles };
}

function tooDeepCase(random: SeededRandom): PlantedCase {
  const plain = `plain note ${random.alphanumeric(12)}`;
  const record = nest(random, MAX_DEPTH + random.int(1, 30), { note: plain });
  return { kind: 'value nested too deep', placement: 'too deep', record, needles: [plain] };
}

/** How often each kind of planting is drawn. */
const CASES: readonly (readonly [(random: SeededRandom) => PlantedCase, number])[] = [
  [textCase, 0.8],
  [keyCase, 0.07],
  [secretKeyCase, 0.1],
  [tooDeepCase, 0.03],
];

function draw(random: SeededRandom): PlantedCase {
  let roll = random.next();
  for (const [make, weight] of CASES) {
    if ((roll -= weight) < 0) return make(random);
  }
  return textCase(random);
}

/** Whether `needle` can be read anywhere in a JSON value: as text, or as text of a JSON string inside it. */
export function leaks(value: unknown, needle: string): boolean {
  const escape = (text: string) => JSON.stringify(text).slice(1, -1);
  const serialized = JSON.stringify(value);
  return serialized.includes(escape(needle)) || serialized.includes(escape(escape(needle)));
}

/**
 * Secrets planted in varied surrounding text, under varied keys and depths; deterministic for a seed.
 * A case whose needle also occurs outside the secret (by chance) is drawn again, so recall is exact.
 */
export function plantedCorpus(seed: string, size: number): PlantedCase[] {
  const random = new SeededRandom(seed);
  const cases: PlantedCase[] = [];
  while (cases.length < size) {
    const planted = draw(random);
    const serialized = JSON.stringify(planted.record);
    const once = planted.needles.every((needle) => {
      const escaped = JSON.stringify(needle).slice(1, -1);
      return (
        serialized.split(escaped).length === 2 || serialized.split(JSON.stringify(escaped).slice(1, -1)).length === 2
      );
    });
    if (once) cases.push(planted);
  }
  return cases;
}
