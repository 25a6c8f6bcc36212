import { useState } from 'react';
import type { BundleCase } from '../../../../shared/domain/bundleFormat';
import type { CaseSummary, InvestigationCase } from '../../../../shared/domain/investigationCase';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { formatTimestamp } from '../../format/formatTimestamp';
import { ExportDialog } from '../export/ExportDialog';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { useOpenedBy } from '../../hooks/useOpenedBy';

/** What a bundle carries of a case: its title, reference, purpose as the first note, and the stars. */
function bundleCaseOf(found: InvestigationCase): BundleCase {
  return {
    title: found.title,
    reference: found.reference,
    notes: [{ at: found.createdAt, author: found.createdBy, text: found.purpose }],
    stars: found.starred.map((star) => ({
      family: star.family,
      recordId: star.recordId,
      note: star.note,
      at: star.starredAt,
    })),
  };
}

interface CaseEvidenceProps {
  found: InvestigationCase;
  onRemove: (kind: 'pinned' | 'starred', itemId: string) => void;
}

function CaseEvidence({ found, onRemove }: CaseEvidenceProps) {
  const { zone } = useTimeZone();
  return (
    <div className="case-evidence">
      <h4>Pinned queries</h4>
      {found.pinned.length === 0 ? (
        <p className="muted">None yet: use “Add to case…” on a view.</p>
      ) : (
        <ul aria-label="Pinned queries">
          {found.pinned.map((pin) => (
            <li key={pin.id}>
              {showHiddenCharacters(pin.label)}
              {pin.query.timeRange?.kind === 'absolute'
                ? ` · ${pin.query.timeRange.from ?? 'beginning'} to ${pin.query.timeRange.to ?? 'now'} (UTC)`
                : ''}
              {pin.query.text ? ` · “${showHiddenCharacters(pin.query.text)}”` : ''}{' '}
              <button
                type="button"
                aria-label={`Unpin “${showHiddenCharacters(pin.label)}”`}
                onClick={() => onRemove('pinned', pin.id)}
              >
                Unpin
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4>Starred events</h4>
      {found.starred.length === 0 ? (
        <p className="muted">None yet: use “Star in case…” on an event.</p>
      ) : (
        <ul aria-label="Starred events">
          {found.starred.map((star) => (
            <li key={star.id}>
              {showHiddenCharacters(star.summary)} <code>{showHiddenCharacters(star.recordId)}</code>
              {star.note ? ` — ${showHiddenCharacters(star.note, { lines: true })}` : ''}{' '}
              <span className="muted">
                ({showHiddenCharacters(star.starredBy)}, {formatTimestamp(star.starredAt, zone)})
              </span>{' '}
              <button
                type="button"
                aria-label={`Unstar “${showHiddenCharacters(star.summary)}”`}
                onClick={() => onRemove('starred', star.id)}
              >
                Unstar
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface CaseCardProps {
  summary: CaseSummary;
  canBundle: boolean;
  /** The case was deleted or its evidence changed: the list is read again. */
  onChanged: () => void;
}

/** One case of the list: open to see its evidence, export all its queries, delete (asked first). */
export function CaseCard({ summary, canBundle, onChanged }: CaseCardProps) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { opener, onKeyDown: onQuestionKey } = useOpenedBy(confirming, () => setConfirming(false));
  const [failure, setFailure] = useState<string | null>(null);
  const found = useRequest(() => api.getCase({ caseId: summary.id }), [api, summary.id, summary.updatedAt]);
  // Kept as typed; a character that hides or reorders text is shown by its name, never obeyed.
  const title = showHiddenCharacters(summary.title);
  const removeEvidence = async (kind: 'pinned' | 'starred', itemId: string) => {
    const result = await api.removeEvidence({ caseId: summary.id, kind, itemId });
    setFailure(result.ok ? null : result.message);
    if (result.ok) onChanged();
  };
  const remove = async () => {
    const result = await api.deleteCase({ caseId: summary.id });
    if (result.ok) onChanged();
    else setFailure(result.message);
  };
  return (
    <li aria-label={title} className="case-card">
      <h3>{title}</h3>
      <p>
        {summary.reference && <strong>{showHiddenCharacters(summary.reference)} · </strong>}
        {showHiddenCharacters(summary.purpose, { lines: true })}
      </p>
      <p className="muted">
        {summary.pinnedCount} pinned {summary.pinnedCount === 1 ? 'query' : 'queries'}, {summary.starredCount} starred{' '}
        {summary.starredCount === 1 ? 'event' : 'events'} · opened by {showHiddenCharacters(summary.createdBy)}
      </p>
      <div className="actions">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide evidence' : 'Show evidence'}
        </button>
        <button type="button" disabled={summary.pinnedCount === 0} onClick={() => setExporting(true)}>
          Export case…
        </button>
        <button type="button" ref={opener} onClick={() => setConfirming(true)}>
          Delete…
        </button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-label={`Delete “${title}”?`} className="export-confirm" onKeyDown={onQuestionKey}>
          <p>Delete the case “{title}”, its pinned queries and starred events? This cannot be undone.</p>
          <button type="button" onClick={() => void remove()}>
            Delete case
          </button>
          {/* The harmless answer takes the focus: Enter by mistake keeps the case. */}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      )}
      {(failure ?? found.error) && (
        <p role="alert" className="error">
          {failure ?? found.error?.message}
        </p>
      )}
      {open && found.data && (
        <CaseEvidence found={found.data} onRemove={(kind, itemId) => void removeEvidence(kind, itemId)} />
      )}
      {exporting && found.data && (
        <ExportDialog
          queries={found.data.pinned.map((pin) => pin.query)}
          canBundle={canBundle}
          bundleCase={bundleCaseOf(found.data)}
          onClose={() => setExporting(false)}
        />
      )}
    </li>
  );
}
