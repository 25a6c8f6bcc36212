import { refusalSentenceOf } from '../../../../shared/contract/errors';
import type { ExportPreview } from '../../../../shared/contract/exportChannels';
import type { RequestState } from '../../hooks/useRequest';
import { isQueryRefusal } from '../../../../shared/query/queryRefusal';
import { nothingToExportSentence, refusedExportLead } from './nothingToExportSentence';
import { redactionSampleSentence } from './redactionSampleSentence';

const count = (value: number) => value.toLocaleString('en-US');

/** The id of the sentence saying how many rows the export would hold: Export is described by it when none. */
export const ROW_COUNT_ID = 'export-row-count';

/**
 * What the export would hold, before anything is written: rows, columns, and what redaction removes.
 * `isCase`: the queries are a case's pinned ones, so no rows is said in the case's words.
 */
export function ExportPreviewPanel({ preview, isCase }: { preview: RequestState<ExportPreview>; isCase: boolean }) {
  if (preview.error) {
    return (
      <p role="alert" className="error">
        {isQueryRefusal(preview.error) ? refusedExportLead(isCase) : ''}
        {refusalSentenceOf(preview.error)}
      </p>
    );
  }
  const data = preview.data;
  if (!data) return <p className="muted">Counting what the export would hold…</p>;
  const sample = redactionSampleSentence(data.redaction.sampleRows, data.redaction.sampleRemoved);
  return (
    <section aria-label="Export preview" className="export-preview" aria-busy={preview.loading}>
      {data.totalRows === 0 ? (
        <p id={ROW_COUNT_ID} data-testid="export-row-count">
          {nothingToExportSentence(data.queries.length, isCase)}
        </p>
      ) : (
        <p id={ROW_COUNT_ID} data-testid="export-row-count">
          {count(data.totalRows)} {data.totalRows === 1 ? 'row' : 'rows'} will be exported
          {data.queries.length > 1 ? ` from ${data.queries.length} queries` : ''}.
        </p>
      )}
      <details>
        <summary>
          {data.columns.length} columns{data.format === 'csv' ? `, local times in ${data.timeZone}` : ''}
        </summary>
        <ul aria-label="Columns" className="export-columns">
          {data.columns.map((column) => (
            <li key={column}>{column}</li>
          ))}
        </ul>
      </details>
      <h3>What redaction removes</h3>
      <ul aria-label="Redaction rules">
        {data.redaction.rules.map((rule) => (
          <li key={rule.name}>
            <strong>{rule.name}</strong>: {rule.removes}
          </li>
        ))}
      </ul>
      {sample !== null && <p data-testid="export-redaction-sample">{sample}</p>}
      {data.format === 'bundle' && (
        <p className="muted">
          {data.signerFingerprint
            ? `Signed with this workstation's bundle key ${data.signerFingerprint.slice(0, 16)}…`
            : 'This workstation has no bundle key yet: one is made for this first bundle.'}
        </p>
      )}
    </section>
  );
}
