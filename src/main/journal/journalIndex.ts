import type { JournalLine } from '../../shared/domain/journal';

/**
 * The cluster journal index's mapping: the fields a reader filters and sorts on; the rest (the
 * request as recorded) is kept in the document as text and not indexed.
 */
export const JOURNAL_INDEX_MAPPINGS = {
  dynamic: false,
  properties: {
    v: { type: 'integer' },
    seq: { type: 'long' },
    id: { type: 'keyword' },
    at: { type: 'date' },
    prev: { type: 'keyword' },
    kind: { type: 'keyword' },
    operatorId: { type: 'keyword' },
    operatorName: { type: 'keyword' },
    role: { type: 'keyword' },
    channel: { type: 'keyword' },
    outcome: { type: 'keyword' },
    code: { type: 'keyword' },
    rows: { type: 'long' },
    clientIds: { type: 'keyword' },
    workstation: { type: 'keyword' },
  },
} as const;

/**
 * One journal line as the cluster keeps it: the line's own fields, the request and a refused request's
 * shape as JSON text (their shapes differ from call to call), and which workstation's chain it is from.
 */
export function journalDocument(line: JournalLine, workstation: string): Record<string, unknown> {
  const document: Record<string, unknown> = { ...line, workstation };
  if ('request' in line && line.request !== undefined) document.request = JSON.stringify(line.request);
  if ('invalidRequest' in line && line.invalidRequest !== undefined) {
    document.invalidRequest = JSON.stringify(line.invalidRequest);
  }
  return document;
}
