/**
 * `<DetailPanel family row onClose />`: the whole document of the selected row as a table of fields
 * (filter for or out, copy) or the JSON tree, the error read as people write it, copy as JSON, a link to
 * the row's client, the previous and next event of the grid (`onStep`, or why there are none) and the
 * events around it (`onOpen` opens one, and the focus goes to its heading). Docked beside the grid, or
 * popped out over it so the grid keeps its width. A page may add its own sections (`children`, e.g.
 * cross-links), shown above the document.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { CopyDocumentButton } from './CopyDocumentButton';
import { DetailTable } from './DetailTable';
import { SurroundingEvents } from './SurroundingEvents';
import { AddToCase } from '../cases/AddToCase';
import { JsonTree } from '../../components/JsonTree';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { prettyError, type StackTrace } from '../../format/prettyError';
import type { GridFamily, QueryOf, RowOf } from './gridFamily';
import { namesInRow, valueAt } from './queryFilters';

function StackView({ message, frames }: StackTrace) {
  return (
    <div className="stack">
      <p>{showHiddenCharacters(message, { lines: true })}</p>
      <ol aria-label="Stack trace">
        {frames.map((frame, index) => (
          <li key={index}>
            <code>{showHiddenCharacters(frame)}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

function ErrorView({ error }: { error: string }) {
  const pretty = prettyError(error);
  if (pretty.kind === 'json') {
    return (
      <>
        {pretty.stack && <StackView {...pretty.stack} />}
        <JsonTree value={pretty.value} openDepth={3} />
      </>
    );
  }
  if (pretty.kind === 'stack') return <StackView message={pretty.message} frames={pretty.frames} />;
  return <pre>{showHiddenCharacters(pretty.text, { lines: true })}</pre>;
}

interface DetailPanelProps<F extends LogFamily> {
  family: GridFamily<F>;
  row: RowOf<F>;
  onClose: () => void;
  canAddToCase: boolean;
  /** The grid's query, changed by "filter for / filter out this value". */
  query?: QueryOf<F>;
  onQueryChange?: (query: QueryOf<F>) => void;
  /**
   * Selects the grid's previous (-1) or next (1) row; absent where the grid has none, and `unavailable`
   * says why neither is there (the event is not among the grid's rows).
   */
  onStep?: { previous?: () => void; next?: () => void; unavailable?: string };
  /** Shows another event (a surrounding one) in the panel; the panel's heading then takes the focus. */
  onOpen?: (row: RowOf<F>) => void;
  /** Changed to a number above 0, the panel's heading takes the focus (a detail shown again by Back). */
  focusRequest?: number;
  /** Sections a page adds above the document (e.g. cross-links). */
  children?: ReactNode;
}

export function DetailPanel<F extends LogFamily>({
  family,
  row,
  onClose,
  canAddToCase,
  query,
  onQueryChange,
  onStep,
  onOpen,
  focusRequest = 0,
  children,
}: DetailPanelProps<F>) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepNoteId = useId();
  // The surrounding event chosen replaces the list it was chosen from: the keyboard goes to what it opened.
  const [opened, setOpened] = useState(0);
  useEffect(() => {
    if (focusRequest > 0 || opened > 0) headingRef.current?.focus();
  }, [focusRequest, opened]);
  const openAround = (other: RowOf<F>) => {
    onOpen?.(other);
    setOpened((count) => count + 1);
  };
  const stepNote = onStep?.unavailable;
  const [view, setView] = useState<'table' | 'json'>('table');
  const [popped, setPopped] = useState(false);
  const { zone } = useTimeZone();
  const fields = LOG_FIELDS[family.family];
  const time = valueAt(row, fields.time);
  const clientId = valueAt(row, fields.scope);
  const clientName = namesInRow(family.family, row).find((party) => party.id === clientId)?.name;
  const error = valueAt(row, 'error');
  return (
    <aside className={popped ? 'detail detail-popped' : 'detail'} aria-label="Log detail" data-testid="log-detail">
      <header>
        <h2 ref={headingRef} tabIndex={-1}>
          {family.describe(row)}
        </h2>
        <span className="detail-nav">
          <button
            type="button"
            disabled={!onStep?.previous}
            onClick={onStep?.previous}
            aria-describedby={stepNote ? stepNoteId : undefined}
          >
            Previous event
          </button>
          <button
            type="button"
            disabled={!onStep?.next}
            onClick={onStep?.next}
            aria-describedby={stepNote ? stepNoteId : undefined}
          >
            Next event
          </button>
          <button type="button" aria-pressed={popped} onClick={() => setPopped(!popped)}>
            {popped ? 'Dock beside the grid' : 'Pop out'}
          </button>
          <button type="button" onClick={onClose} aria-label="Close detail">
            ✕
          </button>
        </span>
      </header>
      {stepNote && (
        <p id={stepNoteId} className="muted">
          {stepNote}
        </p>
      )}
      <p className="muted">
        {typeof time === 'string' ? formatTimestamp(time, zone) : ''} · <code>{showHiddenCharacters(row.id)}</code>
      </p>
      <div className="actions">
        {/* Another event starts with nothing copied. */}
        <CopyDocumentButton key={row.id} json={JSON.stringify(row, null, 2)} />
        {canAddToCase && (
          <AddToCase
            evidence={{ kind: 'event', family: family.family, recordId: row.id, summary: family.describe(row) }}
          />
        )}
        {typeof clientId === 'string' && (
          <a href={`#/clients/${encodeURIComponent(clientId)}`}>
            Open client {showHiddenCharacters(clientName || clientId)}
          </a>
        )}
      </div>
      {typeof error === 'string' && error && (
        <section aria-labelledby="detail-error-title">
          <h3 id="detail-error-title">Error</h3>
          <ErrorView error={error} />
        </section>
      )}
      {children}
      <section aria-label="Document">
        <h3>Document</h3>
        <span role="group" aria-label="Document view" className="detail-tabs">
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            Table
          </button>
          <button type="button" aria-pressed={view === 'json'} onClick={() => setView('json')}>
            JSON
          </button>
        </span>
        {view === 'table' ? (
          <DetailTable key={row.id} family={family.family} row={row} query={query} onQueryChange={onQueryChange} />
        ) : (
          <JsonTree value={row} />
        )}
      </section>
      {onOpen && <SurroundingEvents family={family} row={row} onOpen={openAround} />}
    </aside>
  );
}
