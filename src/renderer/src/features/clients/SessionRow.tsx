import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { SESSION_END_LABELS, SESSION_START_LABELS, type Session } from '../../../../shared/domain/sessions';
import { formatTimestamp } from '../../format/formatTimestamp';
import { AddToCase } from '../cases/AddToCase';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { ACTOR_GLYPHS } from './actorDisplay';
import { SessionEvents, sessionQuery } from './SessionEvents';
import { gapMarked, isCut, sessionDuration } from './sessionFormat';

interface SessionRowProps {
  clientId: string;
  session: Session;
  /** Whether the session's events show in a row below it. */
  expanded: boolean;
  onToggle: () => void;
}

/** A timestamp that may break between its date and its time, never inside either. */
function DateThenTime({ text }: { text: string }) {
  const at = text.indexOf(' ');
  if (at < 0) return <span className="nowrap">{text}</span>;
  return (
    <>
      <span className="nowrap">{text.slice(0, at)}</span> <span className="nowrap">{text.slice(at + 1)}</span>
    </>
  );
}

/**
 * One session of the sessions table: who, when, how long, where and why it started and ended (a cut by the
 * range's edge and a possible logging gap marked as such), and a button showing its events below it.
 */
export function SessionRow({ clientId, session, expanded, onToggle }: SessionRowProps) {
  const { zone } = useTimeZone();
  const who = session.manager
    ? showHiddenCharacters(`Manager ${session.manager.name ?? ''} (${session.manager.id})`.replace('  ', ' '))
    : 'Client';
  const name = `${who} session in ${session.sourceApp} from ${formatTimestamp(session.start, zone)}`;
  return (
    <>
      <tr
        aria-label={name}
        className={`lane-${session.lane}${isCut(session) ? ' cut' : ''}${gapMarked(session) ? ' logging-gap' : ''}`}
      >
        <td className={`who actor-${session.lane}`}>
          <span aria-hidden="true">{ACTOR_GLYPHS[session.lane]}</span> {who}
        </td>
        <td>
          <DateThenTime text={formatTimestamp(session.start, zone)} />
        </td>
        <td>
          <DateThenTime text={formatTimestamp(session.end, zone)} />
        </td>
        <td>{sessionDuration(session.durationMs)}</td>
        <td>{session.sourceApp}</td>
        <td>
          {session.matchedCount === session.eventCount
            ? session.eventCount
            : `${session.matchedCount} of ${session.eventCount}`}
        </td>
        <td>{[session.device, session.ip].filter(Boolean).join(' · ') || '—'}</td>
        <td>
          {session.startReason === 'rangeStart' && <span className="mark">✂ Cut · </span>}
          {session.startReason === 'loggingGap' && <span className="mark">⚠ </span>}
          {SESSION_START_LABELS[session.startReason]}
        </td>
        <td>
          {session.endReason === 'rangeEnd' && <span className="mark">✂ Cut · </span>}
          {session.endReason === 'loggingGap' && <span className="mark">⚠ </span>}
          {SESSION_END_LABELS[session.endReason]}
        </td>
        <td>
          <button
            type="button"
            aria-expanded={expanded}
            aria-label={`${expanded ? 'Hide' : 'Show'} events of the ${name}`}
            onClick={onToggle}
          >
            {expanded ? 'Hide events' : 'Events'}
          </button>
        </td>
      </tr>
      {expanded && (
        <tr className="session-detail">
          <td colSpan={10}>
            <AddToCase
              evidence={{ kind: 'query', label: name, query: sessionQuery(clientId, session) }}
              what={`the ${name}`}
            />
            <SessionEvents clientId={clientId} session={session} />
          </td>
        </tr>
      )}
    </>
  );
}
