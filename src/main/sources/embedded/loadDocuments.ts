import { LIST, VARCHAR, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { ConsoleError } from '../../../shared/contract/errors';
import type { ClientActivity } from '../../../shared/domain/clientActivity';
import type { OperationalLog } from '../../../shared/domain/operationalLog';
import { type LogField } from '../../../shared/query/logFields';
import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import { LOG_FAMILIES, type LogFamily } from '../../../shared/query/logQuery';
import { timeColumn } from './embeddedColumns';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import { flattenedLeaves, leafEntry } from './flattenedLeaves';
import { isProfileEdit } from '../../redaction/profileEdits';
import { profileSearchNames } from '../profileEditText';
import { scalarItems } from '../scalarItems';
import { wordIndexOf } from './wordIndexOf';

export type LogDocument = OperationalLog | ClientActivity;

export interface LoadOptions {
  /** Called every `progressEvery` documents and once at the end with how many were loaded. */
  onProgress?: (loaded: number) => void;
  progressEvery?: number;
  signal?: AbortSignal;
}

export interface LoadCounts {
  operational: number;
  activity: number;
}

/**
 * Appends documents of either family to the tables through DuckDB appenders, the fastest path measured
 * (faster than writing NDJSON and reading it back with read_json, which also needs file access enabled).
 * Yields to the event loop between batches so progress reaches the window while a large set loads.
 */
export async function loadDocuments(
  connection: DuckDBConnection,
  documents: Iterable<LogDocument> | AsyncIterable<LogDocument>,
  options: LoadOptions = {},
): Promise<LoadCounts> {
  const every = options.progressEvery ?? 5_000;
  if (options.signal?.aborted) throw new ConsoleError('CANCELLED', 'Loading the logs was cancelled.');
  const operational = await connection.createAppender(EMBEDDED_SCHEMA.tables.operational);
  const activity = await connection.createAppender(EMBEDDED_SCHEMA.tables.activity);
  const counts: LoadCounts = { operational: 0, activity: 0 };
  try {
    let loaded = 0;
    for await (const document of documents) {
      const family: LogFamily = 'createdAt' in document ? 'activity' : 'operational';
      appendRow(family === 'activity' ? activity : operational, document, ROW_WRITERS[family]);
      counts[family] += 1;
      loaded += 1;
      if (loaded % every === 0) {
        options.onProgress?.(loaded);
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (options.signal?.aborted) throw new ConsoleError('CANCELLED', 'Loading the logs was cancelled.');
      }
    }
    operational.flushSync();
    activity.flushSync();
    options.onProgress?.(loaded);
    return counts;
  } finally {
    operational.closeSync();
    activity.closeSync();
  }
}

/**
 * Rewrites both tables in date-descending order, the default sort: DuckDB keeps min/max per row group,
 * so the newest-first page and time-range filters skip most of the table instead of scanning it.
 */
export async function orderTablesByTime(connection: DuckDBConnection): Promise<void> {
  for (const family of LOG_FAMILIES) {
    const table = EMBEDDED_SCHEMA.tables[family];
    const time = timeColumn(family);
    await connection.run(`CREATE TABLE ${table}_ordered AS SELECT * FROM ${table} ORDER BY ${time} DESC, id DESC`);
    await connection.run(`DROP TABLE ${table}`);
    await connection.run(`ALTER TABLE ${table}_ordered RENAME TO ${table}`);
  }
}

interface ColumnWriter {
  path: readonly string[];
  kind: LogField['kind'];
}

interface RowWriter {
  /** One per column, in the order of the table's DDL (the field table's order). */
  columns: readonly ColumnWriter[];
  /** The text fields the word index is made of. */
  text: readonly (readonly string[])[];
  /** Whether the table keeps a profile edit's changed field names for free text (client activity). */
  profileNames: boolean;
}

function rowWriter(family: LogFamily): RowWriter {
  const fields = LOG_FIELDS[family];
  return {
    columns: fields.all.flatMap(({ name, field }) =>
      field.column ? [{ path: name.split('.'), kind: field.kind }] : [],
    ),
    text: fields.text.map((name) => name.split('.')),
    profileNames: family === 'activity',
  };
}

const ROW_WRITERS: Readonly<Record<LogFamily, RowWriter>> = {
  operational: rowWriter('operational'),
  activity: rowWriter('activity'),
};

const LIST_OF_TEXT = LIST(VARCHAR);

/** A list field's items as text; a producer's single value counts as a list of one. */
function readPath(document: unknown, path: readonly string[]): unknown {
  let value = document;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * A plain field's text: a string, number or boolean as the cluster indexes it, a one-item list as its
 * item; anything else (an object or a longer list a producer logged where one value belongs) is none,
 * as the cluster holds no single keyword for it either.
 */
function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 1) return scalarText(value[0]);
  return null;
}

function appendText(appender: DuckDBAppender, text: string | null): void {
  if (text === null) appender.appendNull();
  else appender.appendVarchar(text);
}

/** Appends one document as the field table lays it out: each field in its column, then the word index. */
function appendRow(appender: DuckDBAppender, document: LogDocument, writer: RowWriter): void {
  for (const column of writer.columns) {
    const value = readPath(document, column.path);
    if (value === null || value === undefined) appender.appendNull();
    else if (column.kind === 'instant') appender.appendBigInt(BigInt(Date.parse(String(value))));
    else if (column.kind === 'object') appender.appendVarchar(JSON.stringify(value));
    else if (column.kind === 'list') appender.appendList(scalarItems(value), LIST_OF_TEXT);
    else if (column.kind === 'leaves')
      appender.appendList(
        flattenedLeaves(value).map(([path, leaf]) => leafEntry(path, leaf)),
        LIST_OF_TEXT,
      );
    else appendText(appender, scalarText(value));
  }
  const texts = writer.text.map((path) => {
    const value = readPath(document, path);
    return typeof value === 'string' ? value : null;
  });
  const index = wordIndexOf(...texts);
  appender.appendVarchar(index.words);
  appender.appendVarchar(index.prefixes);
  if (writer.profileNames) {
    const eventName = readPath(document, ['eventName']);
    const names =
      typeof eventName === 'string' && isProfileEdit({ eventName })
        ? profileSearchNames((path) => readPath(document, path))
        : [];
    appender.appendList(names, LIST_OF_TEXT);
  }
  appender.endRow();
}
