/**
 * `<CaseEvidence found refused onRemove onNoteEdited />`: a case's pinned queries and starred events, each
 * with its Unpin or Unstar named after its line, and each star with its Edit note. A pinned query says
 * what it matches and links to the grid it was pinned from, showing exactly that query.
 */
import type { InvestigationCase, PinnedQuery } from '../../../../shared/domain/investigationCase';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useKnownNames } from '../logGrid/knownNames';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { pinnedQueryRoute } from './pinnedQueryRoute';
import { pinnedQueryWords } from './pinnedQueryWords';
import { RemoveButton, type RemoveButtonProps } from './RemoveButton';
import { StarredLine } from './StarredLine';

export type EvidenceKind = 'pinned' | 'starred';

interface CaseEvidenceProps {
  found: InvestigationCase;
  /** Why no evidence can be removed now (a reopened bundle), or null. */
  refused: string | null;
  onRemove: (kind: EvidenceKind, itemId: string, index: number) => void;
  /** A star's note was changed: the case is read again. */
  onNoteEdited: () => void;
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

export function CaseEvidence({ found, refused, onRemove, onNoteEdited }: CaseEvidenceProps) {
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
            <StarredLine
              key={star.id}
              caseId={found.id}
              star={star}
              zone={zone}
              refused={refused}
              onRemove={() => onRemove('starred', star.id, index)}
              onNoteEdited={onNoteEdited}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
