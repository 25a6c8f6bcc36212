import { EXPORT_EXTENSIONS, type ExportFormat } from '../../../../shared/contract/exportChannels';
import type { LogQuery } from '../../../../shared/query/logQuery';

export const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  csv: 'CSV (spreadsheets; UTC and local time columns)',
  ndjson: 'NDJSON (full fidelity, nested JSON intact)',
  bundle: 'Investigation bundle (signed, verifiable)',
};

/** Said beside CSV when the queries read both log families, which one CSV file cannot hold. */
export const CSV_ONE_FAMILY_NOTE =
  ' — cannot hold operational and activity logs in one file: choose NDJSON or an investigation bundle';

/** Whether one CSV file can hold what the queries read: the columns of one log family only. */
export function csvCanHold(queries: readonly Pick<LogQuery, 'family'>[]): boolean {
  return new Set(queries.map((query) => query.family)).size <= 1;
}

/**
 * The format the dialog opens on: CSV when it can hold the queries; else, for a case the operator may
 * bundle, the bundle (it alone also carries the case's stars and notes), else NDJSON (every record whole,
 * whatever its family).
 */
export function firstFormat(
  queries: readonly Pick<LogQuery, 'family'>[],
  options: { isCase: boolean; bundleOffered: boolean },
): ExportFormat {
  if (csvCanHold(queries)) return 'csv';
  return options.isCase && options.bundleOffered ? 'bundle' : 'ndjson';
}

/** The longest part of a case's name a file name keeps. */
const CASE_NAME_MAX = 40;

/**
 * A case's reference (its ticket number), else its title, as a file name's words: letters and digits of
 * any script, the rest one "-", cut at CASE_NAME_MAX characters; empty when nothing of it is left.
 */
export function caseFileWords(exported: { title?: string; reference?: string }): string {
  const name = exported.reference?.trim() || exported.title?.trim() || '';
  const words = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return [...words].slice(0, CASE_NAME_MAX).join('').replace(/-+$/, '');
}

/**
 * A file name for what the queries read, stamped with the minute (UTC) and ending as the format wants;
 * a case's export is named after the case.
 */
export function defaultName(
  queries: readonly LogQuery[],
  format: ExportFormat,
  now = new Date(),
  exportedCase?: { title?: string; reference?: string },
): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const caseWords = exportedCase ? caseFileWords(exportedCase) : '';
  const what = exportedCase
    ? `case${caseWords ? `-${caseWords}` : ''}`
    : queries.length === 1 && queries[0]
      ? `${queries[0].family}-logs`
      : 'logs';
  return `${what}-${stamp}Z${EXPORT_EXTENSIONS[format]}`;
}

/** The file name with its extension changed to the format's. */
export function withExtension(name: string, format: ExportFormat): string {
  const bare = name.replace(/\.(csv|ndjson|acbundle)$/i, '');
  return `${bare}${EXPORT_EXTENSIONS[format]}`;
}
