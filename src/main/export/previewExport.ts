import type { ExportFormat, ExportPreview } from '../../shared/contract/exportChannels';
import { ClientActivity } from '../../shared/domain/clientActivity';
import { OperationalLog } from '../../shared/domain/operationalLog';
import type { Operator } from '../../shared/domain/roles';
import type { LogFamily, LogQuery } from '../../shared/query/logQuery';
import type { LogSource } from '../../shared/query/logSource';
import { REDACTION_RULE_DESCRIPTIONS, redactionCounts, redactionPolicyHash } from '../redaction/redactionPolicy';
import { redactSecrets } from '../redaction/redactSecrets';
import { RedactionTally, type RedactionRule } from '../redaction/redactionTally';
import { csvColumns } from './formats/csvColumns';
import { csvFamily } from './formats/FormatWriter';
import { createLocalTimeFormatter } from './localTime';
import { planQueries } from './planQueries';

/** Rows of each query read for the preview, to show what redaction will remove. */
export const PREVIEW_SAMPLE_ROWS = 200;

const FIELDS: Readonly<Record<LogFamily, readonly string[]>> = {
  operational: Object.keys(OperationalLog.shape),
  activity: Object.keys(ClientActivity.shape),
};

function columnsOf(format: ExportFormat, families: readonly LogFamily[], timeZone: string): string[] {
  if (format === 'csv') {
    const family = csvFamily(families.map((each) => ({ family: each })));
    return csvColumns(family, createLocalTimeFormatter(timeZone)).map((column) => column.header);
  }
  const fields = [...new Set(families.flatMap((family) => FIELDS[family]))];
  return format === 'bundle' ? [...fields, 'provenance'] : fields;
}

export interface PreviewRequest {
  format: ExportFormat;
  queries: readonly LogQuery[];
  timeZone: string;
}

/**
 * What an export would hold, before anything is written: its columns, how many rows each query matches
 * (counted exactly), and what redaction removes, counted over a sample of each query's first rows.
 */
export async function previewExport(
  source: LogSource,
  request: PreviewRequest,
  operator: Operator,
  signal: AbortSignal,
  signerFingerprint: () => Promise<string | null>,
): Promise<ExportPreview> {
  const planned = planQueries(request.queries, operator, Date.now());
  const columns = columnsOf(
    request.format,
    planned.map((query) => query.family),
    request.timeZone,
  );
  const tally = new RedactionTally();
  const queries: ExportPreview['queries'] = [];
  let sampleRows = 0;
  for (const query of planned) {
    const page = await source.search(query.query, {
      signal,
      bulk: { pageSize: PREVIEW_SAMPLE_ROWS },
      ...(query.scopeClientIds ? { scopeClientIds: query.scopeClientIds } : {}),
    });
    if (page.nextCursor) await source.releaseCursor(page.family, page.nextCursor).catch(() => undefined);
    const redacted = redactSecrets(page.rows);
    for (const [rule, count] of Object.entries(redacted.tally.byRule)) tally.add(rule as RedactionRule, count);
    sampleRows += page.rows.length;
    queries.push({ number: query.number, family: query.family, rows: page.total.value });
  }
  return {
    format: request.format,
    columns,
    queries,
    totalRows: queries.reduce((sum, query) => sum + query.rows, 0),
    timeZone: request.timeZone,
    redaction: {
      policyHash: redactionPolicyHash(),
      rules: Object.entries(REDACTION_RULE_DESCRIPTIONS).map(([name, removes]) => ({ name, removes })),
      sampleRows,
      sampleRemoved: redactionCounts(tally.byRule),
    },
    signerFingerprint: request.format === 'bundle' ? await signerFingerprint() : null,
  };
}
