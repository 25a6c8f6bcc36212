/** A precomputed weighted choice: built once, sampled in O(log n) in hot loops. */
export interface WeightTable<T> {
  readonly values: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

export function weightTable<T>(entries: ReadonlyArray<readonly [T, number]>): WeightTable<T> {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of entries) {
    if (weight <= 0) continue;
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  if (values.length === 0) throw new Error('A weight table needs at least one positive weight');
  return { values, cumulative, total };
}

/** Two hex digits for every byte value. */
const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Folds any seed (number or text) into four 32-bit words; cyrb128, so nearby seeds diverge at once. */
function seedWords(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/**
 * sfc32: small, fast and statistically sound; unlike Math.random it is seedable, so a seed
 * reproduces a dataset byte for byte on any machine.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string | number) {
    [this.a, this.b, this.c, this.d] = seedWords(String(seed));
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** An independent stream for one concern, so adding draws elsewhere does not shift it. */
  fork(label: string): SeededRandom {
    return new SeededRandom(`${this.uint32()}:${label}`);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    const value = values[Math.floor(this.next() * values.length)];
    if (value === undefined) throw new Error('Cannot pick from an empty list');
    return value;
  }

  weighted<T>(table: WeightTable<T>): T {
    const target = this.next() * table.total;
    let low = 0;
    let high = table.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((table.cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return table.values[low] as T;
  }

  /** Poisson count; Knuth's method for small means, a rounded normal above 30. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count++;
      product *= this.next();
    }
    return count;
  }

  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Heavy-tailed positive number (Pareto with the given minimum and shape). */
  pareto(minimum: number, shape: number): number {
    return minimum / Math.pow(1 - this.next(), 1 / shape);
  }

  /** Human pauses: mostly short, sometimes long (log-normal around `medianMs`). */
  pauseMs(medianMs: number, spread = 0.8): number {
    return Math.round(medianMs * Math.exp(spread * this.normal()));
  }

  /** Eight hex digits per draw, most significant first (a byte table: `toString(16)` on doubles is slow). */
  hex(length: number): string {
    let out = '';
    while (out.length < length) {
      const word = this.uint32();
      out += `${HEX_BYTES[word >>> 24]}${HEX_BYTES[(word >>> 16) & 0xff]}${HEX_BYTES[(word >>> 8) & 0xff]}${HEX_BYTES[word & 0xff]}`;
    }
    return out.length === length ? out : out.slice(0, length);
  }

  alphanumeric(length: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.uint32() % alphabet.length];
    return out;
  }
}
