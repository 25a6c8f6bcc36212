import type { DocumentSink } from './documentSink';
import type { ObjectIdFactory } from './objectIdFactory';
import type { Population, SeedClient } from './population';
import type { SeededRandom } from './seededRandom';

/** What every part of the generator draws from and writes to. */
export interface SeedContext {
  readonly random: SeededRandom;
  readonly ids: ObjectIdFactory;
  readonly sink: DocumentSink;
  readonly population: Population;
}

/** A client's visit to the portal or terminal; `atMs` advances as events are written. */
export interface ClientSession {
  readonly client: SeedClient;
  readonly app: 'crm' | 'tradersroom';
  readonly sessionId: string;
  atMs: number;
  route: string;
}
