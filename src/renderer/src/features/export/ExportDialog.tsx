import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ExportFormat } from '../../../../shared/contract/exportChannels';
import type { BundleCase } from '../../../../shared/domain/bundleFormat';
import type { LogQuery } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { QuotedValues } from '../../components/QuotedValues';
import { rolesWith } from '../../../../shared/domain/roles';
import { keepTabInDialog } from '../../hooks/keepTabInDialog';
import { useRequest } from '../../hooks/useRequest';
import { readOnlyReason } from '../access/operator';
import { useOperator } from '../access/OperatorContext';
import { isQueryRefusal } from '../../../../shared/query/queryRefusal';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { ExportPreviewPanel, ROW_COUNT_ID } from './ExportPreviewPanel';
import { ExportFormatChoice } from './ExportFormatChoice';
import { CSV_ONE_FAMILY_NOTE, csvCanHold, defaultName, firstFormat, withExtension } from './exportFormats';
import { ExportProgressPanel } from './ExportProgressPanel';
import { fieldErrorId, useExportFields } from './useExportFields';
import { useExportJob, type ExportOrder, type ExportRun } from './useExportJob';
import './export.css';
import { caseTitleShown } from '../cases/caseTitleShown';

interface ExportDialogProps {
  /** What the view shows: its query (or a case's queries), cursor left out. */
  queries: LogQuery[];
  /** Offered only to operators who may create signed bundles. */
  canBundle: boolean;
  /** A case's title, reference, notes and stars, carried in a bundle of it. */
  bundleCase?: BundleCase;
  onClose: () => void;
}

/**
 * Export of what a view matches: a preview (rows, columns, what redaction removes), the purpose the
 * journal records, format and target; then progress with rows per second and time left, cancel, and
 * the result in a sentence. Asks before replacing a file. Opened from a case, it is titled with the case
 * and says that only a bundle carries the case's stars and notes. It opens on a format that can hold
 * what the queries read (CSV holds one log family). Tab stays inside it while it is open, and the focus
 * goes back to what opened it when it closes. Escape closes it, but never while an export runs: the
 * export goes on, and the dialog says how to stop it.
 */
export function ExportDialog({ queries, canBundle, bundleCase, onClose }: ExportDialogProps) {
  const api = useApi();
  const { zone } = useTimeZone();
  const resignRefused = readOnlyReason(useOperator(), 'sign a new bundle');
  const bundleNote = !canBundle
    ? ` — needs the ${rolesWith('bundle:create')} role: ask a console admin for it`
    : resignRefused
      ? ` — ${resignRefused}`
      : '';
  const dialog = useRef<HTMLDialogElement>(null);
  // Opened on a format that can hold what the queries read: CSV holds one log family only.
  const [format, setFormat] = useState<ExportFormat>(() =>
    firstFormat(queries, { isCase: bundleCase !== undefined, bundleOffered: bundleNote === '' }),
  );
  const csvNote = csvCanHold(queries) ? '' : CSV_ONE_FAMILY_NOTE;
  const { run, start, cancel, reset } = useExportJob();
  // Escape while an export runs keeps it running: each press is counted, and the dialog says how to stop it.
  const [escapes, setEscapes] = useState(0);
  const begin = (order: ExportOrder) => {
    setEscapes(0);
    void start(order);
  };
  const fields = useExportFields(format, () => defaultName(queries, format, new Date(), bundleCase), run);
  const { purpose, directory, fileName } = fields.values;
  const preview = useRequest(
    () => api.previewExport({ format, queries, timeZone: zone }),
    [api, format, JSON.stringify(queries), zone],
  );
  const running = run.phase === 'running';
  // While the replace question waits for its answer, Export cannot start another export beside it.
  const asking = run.phase === 'confirm-replace';
  // A query main refuses cannot be exported either: the preview says why, and Export waits for a new query.
  const refused = isQueryRefusal(preview.error);
  // Nor is a search that matches no rows: the preview says so, and no empty file is offered.
  const empty = preview.data?.totalRows === 0;
  // A refusal naming a field is said at that field instead of below the form.
  const shownRun: ExportRun = fields.refusedField ? { phase: 'idle' } : run;
  const purposeError = fields.messageOf('purpose');
  const directoryError = fields.messageOf('directory');
  const nameError = fields.messageOf('fileName');

  // The control that opened the dialog takes the focus back when it closes: the keyboard carries on there.
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);

  /** The existing file is kept: the question goes, and the focus to the name, where another is typed. */
  const keep = () => {
    reset();
    fields.focus('fileName');
  };
  const choose = (next: ExportFormat) => {
    setFormat(next);
    fields.setValue('fileName', withExtension(fileName, next));
    reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (asking || refused || empty || !fields.check()) return;
    const order = { format, queries, directory: directory.trim(), fileName: fileName.trim() };
    begin({
      ...order,
      purpose: purpose.trim(),
      timeZone: zone,
      replace: false,
      ...(bundleCase ? { bundleCase } : {}),
    });
  };

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby="export-dialog-title"
      onKeyDown={(event) => {
        keepTabInDialog(event);
        // Never cancelled without asking: Escape leaves the export running and says how to stop it. Taken
        // at the key, so a second press cannot close the dialog over the export either.
        if (event.key !== 'Escape' || !running) return;
        event.preventDefault();
        setEscapes((count) => count + 1);
      }}
      onCancel={(event) => {
        event.preventDefault();
        // Escape at the replace question answers it the safe way, and keeps what the dialog holds.
        if (run.phase === 'confirm-replace') keep();
        else if (running) setEscapes((count) => count + 1);
        else onClose();
      }}
    >
      <h2 id="export-dialog-title" className="export-dialog-title">
        {bundleCase?.title ? (
          <>
            Export case “<bdi>{caseTitleShown(bundleCase.title)}</bdi>”
          </>
        ) : (
          'Export'
        )}
      </h2>
      <ExportPreviewPanel preview={preview} isCase={bundleCase !== undefined} />
      <form aria-label="Export settings" noValidate onSubmit={submit}>
        <ExportFormatChoice
          format={format}
          onChoose={choose}
          disabled={running}
          isCase={bundleCase !== undefined}
          csvNote={csvNote}
          bundleNote={bundleNote}
        />
        <label className="export-field">
          Purpose
          <textarea
            required
            disabled={running}
            placeholder="Why you export this, e.g. ticket INC-1234: wallet changes before a withdrawal"
            aria-describedby={purposeError ? `${fieldErrorId('purpose')} export-purpose-note` : 'export-purpose-note'}
            {...fields.fieldProps('purpose')}
          />
        </label>
        {purposeError && (
          <p id={fieldErrorId('purpose')} className="error export-field-error">
            <QuotedValues sentence={purposeError} values={fields.quotedOf('purpose')} />
          </p>
        )}
        <p id="export-purpose-note" className="muted">
          Required; it goes into the operator journal with the export.
        </p>
        <label className="export-field">
          Folder
          <input
            required
            disabled={running}
            placeholder="An existing folder on this computer, e.g. /home/you/evidence"
            aria-describedby={directoryError ? fieldErrorId('directory') : undefined}
            {...fields.fieldProps('directory')}
          />
        </label>
        {directoryError && (
          <p id={fieldErrorId('directory')} className="error export-field-error">
            <QuotedValues sentence={directoryError} values={fields.quotedOf('directory')} />
          </p>
        )}
        <label className="export-field">
          File name
          <input
            required
            disabled={running}
            aria-describedby={nameError ? fieldErrorId('fileName') : undefined}
            {...fields.fieldProps('fileName')}
          />
        </label>
        {nameError && (
          <p id={fieldErrorId('fileName')} className="error export-field-error">
            <QuotedValues sentence={nameError} values={fields.quotedOf('fileName')} />
          </p>
        )}
        <div className="export-actions">
          {/* On offer whatever the fields hold: pressed, it says at each field what is missing or wrong. */}
          <button
            type="submit"
            disabled={running || asking || refused || empty}
            aria-describedby={empty ? ROW_COUNT_ID : undefined}
          >
            Export
          </button>
          <button type="button" disabled={running} onClick={onClose}>
            Close
          </button>
        </div>
      </form>
      <ExportProgressPanel
        run={shownRun}
        escapes={escapes}
        onCancel={() => void cancel()}
        onReplace={(order) => begin({ ...order, replace: true })}
        onKeep={keep}
      />
    </dialog>
  );
}
