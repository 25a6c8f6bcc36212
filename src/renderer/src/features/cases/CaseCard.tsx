import { useEffect, useId, useRef, useState } from 'react';
import type { BundleCase } from '../../../../shared/domain/bundleFormat';
import type { CaseSummary, InvestigationCase } from '../../../../shared/domain/investigationCase';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { ExportDialog } from '../export/ExportDialog';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ConfirmQuestion } from '../../components/ConfirmQuestion';
import { useOpenedBy } from '../../hooks/useOpenedBy';
import { readOnlyReason } from '../access/operator';
import { useOperator } from '../access/OperatorContext';
import { RefusedAction } from '../../components/RefusedAction';
import { NoteText } from '../../components/NoteText';
import { noteShown } from '../../format/noteShown';
import { CaseEvidence, type EvidenceKind } from './CaseEvidence';
import { deleteCaseQuestion } from './deleteCaseQuestion';
import { EditCaseForm } from './EditCaseForm';

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

/** A case's purpose, kept to its opening when long (up to 2,000 characters), so the card's buttons stay in view. */
function CasePurpose({ purpose }: { purpose: string }) {
  const shown = noteShown(purpose);
  return shown ? <NoteText note={shown} what="purpose" /> : null;
}

/** Why Export case… does nothing while the case has no pinned query, and what to do. */
const NOTHING_TO_EXPORT =
  'Nothing to export yet: use “Add to case…” on a view to pin a query to this case; Export case… writes the events its pinned queries match.';

interface CaseCardProps {
  summary: CaseSummary;
  /** Every case kept now: an edited title may not repeat another's. */
  cases: readonly CaseSummary[];
  canBundle: boolean;
  /** The case's evidence changed: the list is read again. */
  onChanged: () => void;
  /** The case was deleted: the list is read again, and the focus placed once it is gone. */
  onDeleted: () => void;
}

/** One case of the list: open to see its evidence, edit its fields, export all its queries, delete (asked first). */
export function CaseCard({ summary, cases, canBundle, onChanged, onDeleted }: CaseCardProps) {
  const api = useApi();
  const operator = useOperator();
  const deleteRefused = readOnlyReason(operator, 'delete a case');
  const editRefused = readOnlyReason(operator, 'edit a case');
  const removeRefused = readOnlyReason(operator, 'remove evidence from a case');
  const [open, setOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { opener, onKeyDown: onQuestionKey } = useOpenedBy(confirming, () => setConfirming(false));
  const [editing, setEditing] = useState(false);
  const { opener: editOpener, onKeyDown: onEditKey } = useOpenedBy(editing, () => setEditing(false));
  const [failure, setFailure] = useState<string | null>(null);
  const nothingToExport = summary.pinnedCount === 0;
  const nothingToExportId = useId();
  // The case's evidence is read when the operator opens it (to see it, or to export it), and each such
  // read is journaled: a card only listed reads nothing, so the journal says which cases were looked into.
  const wanted = open || exporting;
  const found = useRequest(
    () => (wanted ? api.getCase({ caseId: summary.id }) : Promise.resolve({ ok: true as const, data: null })),
    [api, summary.id, summary.updatedAt, wanted],
  );
  // A case whose file is found damaged is set aside by the list's next read, which names it where it was
  // kept: the card goes as a deleted one does, and the focus to the case now in its place.
  const setAsideFor = useRef<unknown>(null);
  useEffect(() => {
    if (found.error?.code !== 'CORRUPT' || setAsideFor.current === found.error) return;
    setAsideFor.current = found.error;
    onDeleted();
  }, [found.error, onDeleted]);
  // Kept as typed; a character that hides or reorders text is shown by its name, never obeyed.
  const title = showHiddenCharacters(summary.title);
  const card = useRef<HTMLLIElement>(null);
  const removed = useRef<{ kind: EvidenceKind; itemId: string; index: number } | null>(null);
  // A removed line takes its button away once the case is read again: the button of the line now in
  // its place (or of the new last line) takes the focus, or the list's heading when none is left.
  useEffect(() => {
    const pending = removed.current;
    if (!pending || !found.data) return;
    const items = pending.kind === 'pinned' ? found.data.pinned : found.data.starred;
    if (items.some((item) => item.id === pending.itemId)) return;
    removed.current = null;
    const buttons =
      card.current?.querySelectorAll<HTMLElement>(`ul[data-evidence="${pending.kind}"] button[data-remove]`) ?? [];
    const heading = card.current?.querySelector<HTMLElement>(`h4[data-evidence="${pending.kind}"]`);
    (buttons[Math.min(pending.index, buttons.length - 1)] ?? heading)?.focus();
  }, [found.data]);
  const removeEvidence = async (kind: EvidenceKind, itemId: string, index: number) => {
    const result = await api.removeEvidence({ caseId: summary.id, kind, itemId });
    if (!result.ok && result.code === 'CORRUPT') return onDeleted();
    setFailure(result.ok ? null : result.message);
    if (!result.ok) return;
    removed.current = { kind, itemId, index };
    onChanged();
  };
  const remove = async () => {
    const result = await api.deleteCase({ caseId: summary.id });
    if (result.ok || result.code === 'CORRUPT') onDeleted();
    else setFailure(result.message);
  };
  return (
    <li ref={card} aria-label={title} className="case-card">
      {/* Takes the focus when the case before it is deleted. */}
      <h3 tabIndex={-1}>{title}</h3>
      <p>
        {summary.reference && <strong>{showHiddenCharacters(summary.reference)} · </strong>}
        <CasePurpose purpose={summary.purpose} />
      </p>
      <p className="muted">
        {summary.pinnedCount} pinned {summary.pinnedCount === 1 ? 'query' : 'queries'}, {summary.starredCount} starred{' '}
        {summary.starredCount === 1 ? 'event' : 'events'} · opened by {showHiddenCharacters(summary.createdBy)}
      </p>
      <div className="actions">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide evidence' : 'Show evidence'}
        </button>
        {editRefused ? (
          <RefusedAction label="Edit case" reason={editRefused} />
        ) : (
          <button type="button" ref={editOpener} aria-expanded={editing} onClick={() => setEditing(!editing)}>
            Edit case
          </button>
        )}
        {/* With nothing pinned it stays in the Tab order, saying why it does nothing and what to do. */}
        <button
          type="button"
          aria-disabled={nothingToExport || undefined}
          aria-describedby={nothingToExport ? nothingToExportId : undefined}
          onClick={() => setExporting(!nothingToExport)}
        >
          Export case…
        </button>
        {nothingToExport && (
          <span id={nothingToExportId} className="visually-hidden">
            {NOTHING_TO_EXPORT}
          </span>
        )}
        {deleteRefused ? (
          <RefusedAction label="Delete…" reason={deleteRefused} />
        ) : (
          <button type="button" ref={opener} onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </div>
      {editing && !editRefused && (
        <EditCaseForm
          summary={summary}
          cases={cases}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
          onKeyDown={onEditKey}
        />
      )}
      {confirming && !deleteRefused && (
        <ConfirmQuestion
          label={`Delete “${title}”?`}
          question={deleteCaseQuestion(summary)}
          confirm="Delete case"
          onConfirm={() => void remove()}
          onKeep={() => setConfirming(false)}
          onKeyDown={onQuestionKey}
        />
      )}
      {(failure ?? found.error) && (
        <p role="alert" className="error">
          {failure ?? found.error?.message}
        </p>
      )}
      {open && found.data && (
        <CaseEvidence
          found={found.data}
          refused={removeRefused}
          onRemove={(kind, itemId, index) => void removeEvidence(kind, itemId, index)}
          onNoteEdited={onChanged}
        />
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
