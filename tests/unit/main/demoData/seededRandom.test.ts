import { describe, expect, it } from 'vitest';
import { SeededRandom, weightTable } from '../../../../src/main/demoData/seededRandom';
import { isValidIban, luhnCheckDigit, passesLuhn } from '../../../../src/shared/domain/checksums';
import { cardNumber, iban, jwt } from '../../../../src/main/demoData/sensitiveValues';

const draws = (random: SeededRandom, count: number) => Array.from({ length: count }, () => random.uint32());

describe('SeededRandom', () => {
  it('repeats its sequence for the same seed and diverges for another', () => {
    expect(draws(new SeededRandom(42), 20)).toEqual(draws(new SeededRandom('42'), 20));
    expect(draws(new SeededRandom(42), 20)).not.toEqual(draws(new SeededRandom(43), 20));
  });

  it('keeps integers within bounds and hits both ends', () => {
    const random = new SeededRandom('bounds');
    const seen = new Set(Array.from({ length: 2_000 }, () => random.int(3, 7)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('samples a weight table in proportion to the weights', () => {
    const random = new SeededRandom('weights');
    const table = weightTable([
      ['a', 1],
      ['b', 3],
      ['never', 0],
    ] as const);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 20_000; i++) counts[random.weighted(table)]++;
    expect(counts.never).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
  });

  it('gives Poisson counts with the requested mean', () => {
    const random = new SeededRandom('poisson');
    for (const mean of [0.2, 4, 50]) {
      const total = Array.from({ length: 5_000 }, () => random.poisson(mean)).reduce((sum, value) => sum + value, 0);
      expect(total / 5_000).toBeCloseTo(mean, mean < 1 ? 1 : 0);
    }
  });

  it('forks independent streams', () => {
    const root = new SeededRandom('root');
    expect(draws(root.fork('a'), 5)).not.toEqual(draws(root.fork('a'), 5));
    expect(draws(new SeededRandom('root').fork('a'), 5)).toEqual(draws(new SeededRandom('root').fork('a'), 5));
  });
});

describe('sensitive values for injection', () => {
  it.each([
    ['4539148803436467', true],
    ['4111111111111111', true],
    ['4111111111111112', false],
  ])('checks Luhn on %s', (number, valid) => {
    expect(passesLuhn(number)).toBe(valid);
  });

  it('makes Luhn-valid card numbers and checksum-valid IBANs', () => {
    const random = new SeededRandom('values');
    for (let i = 0; i < 200; i++) {
      const card = cardNumber(random);
      expect(card).toMatch(/^\d{16}$/);
      expect(luhnCheckDigit(card.slice(0, -1))).toBe(Number(card.at(-1)));
      expect(isValidIban(iban(random))).toBe(true);
    }
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('DE89370400440532013001')).toBe(false);
  });

  it('makes three-part base64url JWTs', () => {
    const token = jwt(new SeededRandom('jwt'), 'client-1');
    const [header, payload] = token.split('.');
    expect(token.split('.')).toHaveLength(3);
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())).toMatchObject({ sub: 'client-1' });
  });
});
