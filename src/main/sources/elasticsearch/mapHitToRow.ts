import type { ZodType } from 'zod';
import { ConsoleError } from '../../../shared/contract/errors';
import { ClientActivity, readManagerChange } from '../../../shared/domain/clientActivity';
import { clusterField, type FieldMapping } from '../../../shared/domain/fieldMapping';
import { OperationalLog } from '../../../shared/domain/operationalLog';
import { fitsClientActivity, fitsManagerChange, fitsOperationalLog } from '../../../shared/domain/rowFits';
import type { LogFamily } from '../../../shared/query/logQuery';
import { withProfileNamesOnly } from '../../redaction/profileEdits';
import type { RedactionTally } from '../../redaction/redactionTally';
import { isRecord, readSourcePath } from './readSourcePath';

export interface SourceHit {
  _index: string;
  _id?: string | null;
  _source?: unknown;
}

type Read = (field: string) => unknown;

const CLUSTER_PATHS = new WeakMap<FieldMapping, Record<LogFamily, Map<string, string>>>();

/** Where each domain field lies in a cluster document: worked out once per mapping, read on every row. */
function readerOf(mapping: FieldMapping, family: LogFamily, source: unknown): Read {
  let paths = CLUSTER_PATHS.get(mapping);
  if (!paths) {
    paths = { operational: new Map(), activity: new Map() };
    CLUSTER_PATHS.set(mapping, paths);
  }
  const known = paths[family];
  return (field) => {
    let path = known.get(field);
    if (path === undefined) {
      path = clusterField(mapping, family, field);
      known.set(field, path);
    }
    return readSourcePath(source, path);
  };
}

/**
 * A cluster document back in our domain shape (through the field mapping), validated; a misfit is named.
 * A row the quick check accepts is the schema's answer as it stands; any other goes through the schema.
 */
export function mapOperationalHit(hit: SourceHit, mapping: FieldMapping): OperationalLog {
  const read = readerOf(mapping, 'operational', hit._source);
  const row = {
    id: text(read('id')),
    created: isoInstant(read('created')),
    action: read('action'),
    description: text(read('description')) ?? '',
    client: party(read('client.id'), read('client.name')),
    employee: party(read('employee.id'), read('employee.name')),
    api: party(read('api.id'), read('api.name')),
    businessModel: read('businessModel'),
    subModel: text(read('subModel')),
    origin: read('origin'),
    status: read('status'),
    error: text(read('error')),
    relatedOperation: text(read('relatedOperation')),
    impactedTable: text(read('impactedTable')),
    source: read('source'),
    appInstance: text(read('appInstance')) ?? '',
    requestPath: text(read('requestPath')) ?? '',
  };
  return fitsOperationalLog(row) ? (row as OperationalLog) : validate(OperationalLog, row, hit, 'operational');
}

/** A client activity row; a profile edit read down to its names, what it left out counted in `tally` (see profileEdits). */
export function mapActivityHit(hit: SourceHit, mapping: FieldMapping, tally?: RedactionTally): ClientActivity {
  const read = readerOf(mapping, 'activity', hit._source);
  const metadata = read('metadata');
  const change = read('change');
  const row = {
    id: text(read('id')),
    clientId: text(read('clientId')),
    actorType: read('actorType'),
    actorId: text(read('actorId')),
    actorName: text(read('actorName')),
    sourceApp: read('sourceApp'),
    eventName: read('eventName'),
    message: text(read('message')) ?? '',
    metadata: isRecord(metadata) ? metadata : {},
    createdAt: isoInstant(read('createdAt')),
    ...(fitsManagerChange(change) ? { change } : readManagerChange(change)),
  };
  return withProfileNamesOnly(
    fitsClientActivity(row) ? (row as ClientActivity) : validate(ClientActivity, row, hit, 'activity'),
    tally,
  );
}

function validate<T>(schema: ZodType<T>, row: { id: string | null }, hit: SourceHit, family: LogFamily): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? `field '${issue.path.join('.')}': ${issue.message}` : 'unknown field';
  throw new ConsoleError(
    'MAPPING_MISMATCH',
    `Document ${row.id ?? hit._id ?? '?'} in index ${hit._index} does not fit the ${family} log shape (${where}); check the connection's field mapping`,
  );
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function party(id: unknown, name: unknown): { id: string; name: string } | null {
  const key = text(id);
  return key === null || key === '' ? null : { id: key, name: text(name) ?? '' };
}

const NO_ZONE = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
/** Where `2025-06-30T23:54:34.571Z`, the form our wire uses and most producers write, has what. */
const WIRE_FORM = 'dddd-dd-ddTdd:dd:dd.dddZ';
const ZERO = 48;

/** The number the digits of `value` from `start` to `end` spell. */
function digitsAt(value: string, start: number, end: number): number {
  let number = 0;
  for (let at = start; at < end; at += 1) number = number * 10 + value.charCodeAt(at) - ZERO;
  return number;
}

/**
 * Whether `value` is already a UTC ISO instant as our wire writes it, naming a time and a day that exist.
 * Read by character: every row of an export passes through here.
 */
function isWireInstant(value: string): boolean {
  if (value.length !== WIRE_FORM.length) return false;
  for (let at = 0; at < WIRE_FORM.length; at += 1) {
    const code = value.charCodeAt(at);
    const wanted = WIRE_FORM.charCodeAt(at);
    if (wanted === 100 /* d */ ? code < ZERO || code > ZERO + 9 : code !== wanted) return false;
  }
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (digitsAt(value, 11, 13) > 23 || digitsAt(value, 14, 16) > 59 || digitsAt(value, 17, 19) > 59) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Dates come back as the producer wrote them (ISO with or without zone, epoch millis); UTC ISO on our wire. */
function isoInstant(value: unknown): string | null {
  if (typeof value === 'number') return new Date(value).toISOString();
  if (typeof value !== 'string') return null;
  if (isWireInstant(value)) return value;
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(NO_ZONE.test(value) ? `${value}Z` : value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : value;
}
