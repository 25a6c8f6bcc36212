/**
 * `<CaseEvidence found refused onRemove />`: a case's pinned queries and starred events, each with its
 * Unpin or Unstar named after its line. A pinned query says what it matches and links to the grid it was
 * pinned from, showing exactly that query.
 */
import type { InvestigationCase, PinnedQuery } from '../../../../shared/domain/investigationCase';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { formatTimestamp } from '../../format/formatTimestamp';
import { StarNoteText } from '../../components/NoteText';
import { useKnownNames } from '../logGrid/knownNames';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { RefusedAction } from '../../components/RefusedAction';
import { pinnedQueryRoute } from './pinnedQueryRoute';
import { pinnedQueryWords } from './pinnedQueryWords';

export type EvidenceKind = 'pinned' | 'starred';

interface CaseEvidenceProps {
  found: InvestigationCase;
  /** Why no evidence can be removed now (a reopened bundle), or null. */
  refused: string | null;
  onRemove: (kind: EvidenceKind, itemId: string, index: number) => void;
}

interface RemoveButtonProps {
  label: string;
  name: string;
  refused: string | null;
  onClick: () => void;
}

/** A line's Unpin or Unstar, named after its line; while main would refuse it, disabled with the reason. */
function RemoveButton({ label, name, refused, onClick }: RemoveButtonProps) {
  if (refused) return <RefusedAction label={label} name={name} reason={refused} />;
  return (
    <button type="button" aria-label={name} onClick={onClick}>
      {label}
    </button>
  );
}

interface PinnedLineProps {
  pin: PinnedQuery;
  zone: string;
  names: Readonly<Record<string, string>>;
  remove: Omit<RemoveButtonProps, 'label' | 'name'>;
}

function PinnedLine({ pin, zone, names, remove }: PinnedLineProps) {
  const words = pinnedQueryWords(pin, names, zone);
  const route = pinnedQueryRoute(pin);
  return (
    <li>
      {route ? <a href={`#${route}`}>{words}</a> : words}{' '}
      {!route && (
        <span className="muted">
          (no grid shows client activity of several clients: Export case… writes these events){' '}
        </span>
      )}
      <span className="muted">
        (pinned by {showHiddenCharacters(pin.pinnedBy)}, {formatTimestamp(pin.pinnedAt, zone)})
      </span>{' '}
      <RemoveButton label="Unpin" name={`Unpin “${words}”`} {...remove} />
    </li>
  );
}

export function CaseEvidence({ found, refused, onRemove }: CaseEvidenceProps) {
  const { zone } = useTimeZone();
  const names = useKnownNames();
  // The headings take the focus when the last line of their list is removed.
  return (
    <div className="case-evidence">
      <h4 data-evidence="pinned" tabIndex={-1}>
        Pinned queries
      </h4>
      {found.pinned.length === 0 ? (
        <p className="muted">None yet: use “Add to case…” on a view.</p>
      ) : (
        <ul aria-label="Pinned queries" data-evidence="pinned">
          {found.pinned.map((pin, index) => (
            <PinnedLine
              key={pin.id}
              pin={pin}
              zone={zone}
              names={names}
              remove={{ refused, onClick: () => onRemove('pinned', pin.id, index) }}
            />
          ))}
        </ul>
      )}
      <h4 data-evidence="starred" tabIndex={-1}>
        Starred events
      </h4>
      {found.starred.length === 0 ? (
        <p className="muted">None yet: use “Star in case…” on an event.</p>
      ) : (
        <ul aria-label="Starred events" data-evidence="starred">
          {found.starred.map((star, index) => (
            <li key={star.id}>
              {showHiddenCharacters(star.summary)} <code>{showHiddenCharacters(star.recordId)}</code>
              <StarNoteText text={star.note} />{' '}
              <span className="muted">
                ({showHiddenCharacters(star.starredBy)}, {formatTimestamp(star.starredAt, zone)})
              </span>{' '}
              <RemoveButton
                label="Unstar"
                // Named by the event's id too: many events share a summary ("get · Clients / Accounts").
                name={`Unstar “${showHiddenCharacters(star.summary)}” (${showHiddenCharacters(star.recordId)})`}
                refused={refused}
                onClick={() => onRemove('starred', star.id, index)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
