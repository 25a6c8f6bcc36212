/** What a risk or diff view hands to a case or an export: its events, pinned, starred or exported. */
import { useState, type ReactNode } from 'react';
import type { LogQuery } from '../../../../shared/query/logQuery';
import { useOperator } from '../access/OperatorContext';
import { AddToCase } from '../cases/AddToCase';
import { ExportDialog } from '../export/ExportDialog';
import { MAX_RISK_EVIDENCE, riskQuery } from './riskQuery';

/** `<EvidenceActions label query />`: "Add to case…" (pins the query) and "Export…" of what it matches. */
export function EvidenceActions({ label, query, children }: { label: string; query: LogQuery; children?: ReactNode }) {
  const { permissions } = useOperator();
  const [exporting, setExporting] = useState(false);
  return (
    <div className="toolbar" role="group" aria-label={`${label}: evidence`}>
      <AddToCase evidence={{ kind: 'query', label, query }} />
      {permissions.includes('export:run') && (
        <button type="button" onClick={() => setExporting(true)}>
          Export…
        </button>
      )}
      {children}
      {exporting && (
        <ExportDialog
          queries={[query]}
          canBundle={permissions.includes('bundle:create')}
          onClose={() => setExporting(false)}
        />
      )}
    </div>
  );
}

/** `<RiskViewActions label eventIds />`: the evidence actions over a risk view's events. */
export function RiskViewActions({ label, eventIds }: { label: string; eventIds: readonly string[] }) {
  const query = riskQuery(eventIds);
  if (!query) return null;
  return (
    <EvidenceActions label={label} query={query}>
      {eventIds.length > MAX_RISK_EVIDENCE && (
        <span role="note" className="muted">
          Only the first {MAX_RISK_EVIDENCE} of these {eventIds.length} events go to a case or an export.
        </span>
      )}
    </EvidenceActions>
  );
}

/**
 * `<StarEvent eventId summary what? />`: a risk or diff row's event, starred into a case with a note; `what`
 * names the event after the button's label where several rows each have one ("the edit of client 7 at …").
 */
export function StarEvent({ eventId, summary, what }: { eventId: string; summary: string; what?: string }) {
  return <AddToCase evidence={{ kind: 'event', family: 'activity', recordId: eventId, summary }} what={what} />;
}
