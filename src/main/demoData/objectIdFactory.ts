import type { SeededRandom } from './seededRandom';

/**
 * Mongo-style ObjectIds (the CRM's ids are ObjectIds): 4 bytes of seconds, 5 seeded random bytes and a
 * 3-byte counter, so ids sort roughly by time, look real, and never repeat within a dataset.
 */
export class ObjectIdFactory {
  private counter: number;

  constructor(private readonly random: SeededRandom) {
    this.counter = random.int(0, 0xffff);
  }

  next(atMs: number): string {
    this.counter = (this.counter + 1) % 0x1000000;
    const seconds = Math.floor(atMs / 1000)
      .toString(16)
      .padStart(8, '0');
    return seconds + this.random.hex(10) + this.counter.toString(16).padStart(6, '0');
  }
}
