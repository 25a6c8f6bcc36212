import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { ConsoleError } from '../../../shared/contract/errors';
import {
  BUNDLE_FILES,
  BundleCase,
  BundleQueries,
  Custody,
  Manifest,
  type BundleQuery,
} from '../../../shared/domain/bundleFormat';
import { ClientActivity } from '../../../shared/domain/clientActivity';
import { OperationalLog } from '../../../shared/domain/operationalLog';
import { RecordProvenance } from '../../../shared/query/logSource';
import type { LogDocument } from '../../sources/embedded/loadDocuments';
import { NOT_A_FILE, openRegularFile } from '../../files/openRegularFile';
import { readBundleFormat } from './bundleFormatFile';
import { indexBundle, readEntry, UnreadableBundleError, type BundleEntry } from './bundleIndex';
import { LineReader } from './LineReader';
import { errnoCode } from '../../files/errnoCode';

const RecordLine = {
  operational: z.object({ record: OperationalLog, provenance: RecordProvenance }),
  activity: z.object({ record: ClientActivity, provenance: RecordProvenance }),
};

export interface BundleRecord {
  record: LogDocument;
  provenance: RecordProvenance;
}

/** A bundle's contents, read without changing anything. Check it with `verifyBundle` before trusting it. */
export interface OpenedBundle {
  path: string;
  manifest: Manifest;
  custody: Custody;
  queries: readonly BundleQuery[];
  case: BundleCase;
  /** One query's records in their exported order. */
  records(query: BundleQuery): AsyncGenerator<BundleRecord>;
  /** Every record of every query once (a record two queries matched is given once), for an embedded store. */
  documents(): AsyncGenerator<LogDocument>;
  close(): Promise<void>;
}

function corrupt(path: string, what: string): ConsoleError {
  return new ConsoleError(
    'CORRUPT',
    `${path} cannot be opened: ${what}. Run "audit-console verify" on it to see what was altered.`,
  );
}

async function json<T>(
  handle: FileHandle,
  entry: BundleEntry | undefined,
  schema: z.ZodType<T>,
  path: string,
): Promise<T> {
  if (!entry) throw corrupt(path, 'a file of the bundle is missing');
  try {
    return schema.parse(JSON.parse((await readEntry(handle, entry)).toString('utf8')));
  } catch {
    throw corrupt(path, `${entry.name} is damaged`);
  }
}

function parseLine(line: Buffer): unknown {
  try {
    return JSON.parse(line.toString('utf8'));
  } catch {
    return null;
  }
}

/**
 * Opens a bundle read-only for reading back: its custody record, queries and case notes at once, and
 * its records streamed a batch at a time, each parsed back into its log family's shape, so a large
 * bundle can be loaded into the embedded store (`EmbeddedLogSource.fromDocuments(bundle.documents())`).
 * Messages call the file `shown` (an upload's name), its path unless given.
 */
export async function openBundle(path: string, shown: string = path): Promise<OpenedBundle> {
  let handle: FileHandle;
  try {
    handle = await openRegularFile(path);
  } catch (error) {
    const code = errnoCode(error);
    if (code === NOT_A_FILE) throw new ConsoleError('BAD_REQUEST', `${shown} cannot be opened: it is not a file.`);
    throw new ConsoleError(code === 'ENOENT' ? 'NOT_FOUND' : 'UNAVAILABLE', `${shown} cannot be opened (${code}).`);
  }
  try {
    const index = await indexBundle(handle, (await handle.stat()).size, shown);
    const byName = new Map(index.entries.map((entry) => [entry.name, entry]));
    readBundleFormat(await readEntry(handle, byName.get(BUNDLE_FILES.format) as BundleEntry), shown);
    const manifest = await json(handle, byName.get(BUNDLE_FILES.manifest), Manifest, shown);
    const custody = await json(handle, byName.get(BUNDLE_FILES.custody), Custody, shown);
    const { queries } = await json(handle, byName.get(BUNDLE_FILES.queries), BundleQueries, shown);
    const notes = await json(handle, byName.get(BUNDLE_FILES.case), BundleCase, shown);
    async function* records(query: BundleQuery): AsyncGenerator<BundleRecord> {
      const entry = byName.get(query.records);
      if (!entry) throw corrupt(shown, `${query.records} is missing`);
      const reader = new LineReader(handle, entry.contentAt, entry.size);
      let number = 0;
      while (!reader.done) {
        for (const line of (await reader.nextBatch()).lines) {
          number += 1;
          const parsed = RecordLine[query.family].safeParse(parseLine(line));
          if (!parsed.success) throw corrupt(shown, `record ${number} of ${query.records} is damaged`);
          yield parsed.data;
        }
      }
    }
    return {
      path,
      manifest,
      custody,
      queries,
      case: notes,
      records,
      async *documents() {
        const seen = new Set<string>();
        for (const query of queries) {
          for await (const { record } of records(query)) {
            const key = `${query.family}:${record.id}`;
            if (seen.has(key)) continue;
            seen.add(key);
            yield record;
          }
        }
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    if (error instanceof UnreadableBundleError) throw new ConsoleError('CORRUPT', error.message);
    throw error;
  }
}
