import type { ClientActivity } from '../../../shared/domain/clientActivity';
import type { OperationalLog } from '../../../shared/domain/operationalLog';
import type { LogFamily } from '../../../shared/query/logQuery';
import type { LocalTimeFormatter } from '../localTime';
import type { ExportRow } from '../readMatches';

export interface CsvColumn {
  header: string;
  value: (row: ExportRow) => string | null;
}

type Cell<Row> = (row: Row) => string | number | null | undefined;

function columns<Row extends ExportRow>(list: readonly (readonly [string, Cell<Row>])[]): CsvColumn[] {
  return list.map(([header, cell]) => ({
    header,
    value: (row) => {
      const value = cell(row as Row);
      return value === null || value === undefined ? null : String(value);
    },
  }));
}

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * The CSV columns of each family: every field of the record, the time twice (UTC, and local with its
 * offset), nested values (metadata, before/after) as JSON text in one cell.
 */
export function csvColumns(family: LogFamily, local: LocalTimeFormatter): CsvColumn[] {
  const localHeader = (field: string) => `${field} (${local.timeZone} local time)`;
  if (family === 'operational') {
    return columns<OperationalLog>([
      ['id', (row) => row.id],
      ['created (UTC)', (row) => row.created],
      [localHeader('created'), (row) => local.format(row.created)],
      ['action', (row) => row.action],
      ['description', (row) => row.description],
      ['client id', (row) => row.client?.id],
      ['client name', (row) => row.client?.name],
      ['employee id', (row) => row.employee?.id],
      ['employee name', (row) => row.employee?.name],
      ['api id', (row) => row.api?.id],
      ['api name', (row) => row.api?.name],
      ['business model', (row) => row.businessModel],
      ['sub model', (row) => row.subModel],
      ['origin', (row) => row.origin],
      ['status', (row) => row.status],
      ['error', (row) => row.error],
      ['related operation', (row) => row.relatedOperation],
      ['impacted table', (row) => row.impactedTable],
      ['source', (row) => row.source],
      ['app instance', (row) => row.appInstance],
      ['request path', (row) => row.requestPath],
    ]);
  }
  return columns<ClientActivity>([
    ['id', (row) => row.id],
    ['created at (UTC)', (row) => row.createdAt],
    [localHeader('created at'), (row) => local.format(row.createdAt)],
    ['client id', (row) => row.clientId],
    ['actor type', (row) => row.actorType],
    ['actor id', (row) => row.actorId],
    ['actor name', (row) => row.actorName],
    ['source app', (row) => row.sourceApp],
    ['event name', (row) => row.eventName],
    ['message', (row) => row.message],
    ['metadata (JSON)', (row) => json(row.metadata)],
    ['change action', (row) => row.change?.actionType],
    ['target type', (row) => row.change?.target.type],
    ['target id', (row) => row.change?.target.id],
    ['changed fields', (row) => row.change?.changedFields.join('; ')],
    ['before (JSON)', (row) => json(row.change?.before)],
    ['after (JSON)', (row) => json(row.change?.after)],
    ['bulk id', (row) => row.change?.bulkId],
    ['bulk size', (row) => row.change?.bulkSize],
  ]);
}

/** Text a spreadsheet would run as a formula: it gets a leading apostrophe, as OWASP advises. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled. */
export function csvField(value: string | null): string {
  if (value === null || value === '') return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record with its CRLF line break. */
export function csvLine(cells: readonly (string | null)[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}
