/**
 * `<BundleCasePanel bundle />`: the case a reopened bundle carries, as it was exported: its title
 * and reference, its notes, and its starred events with their notes (an activity event links to its
 * change, read from the bundle). Read-only: the bundle is evidence, and nothing here changes it. Its
 * text comes from the file: each hidden character is shown by its name, and a long note by its opening
 * until it is unfolded.
 */
import type { BundleCaseView, OpenedBundle } from '../../../../shared/contract/bundleChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { useApi } from '../../api/ApiContext';
import { familyRecordLabel } from '../../format/familyLabel';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { DiffLink } from '../changes/changeLinks';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { NoteText, StarNoteText } from '../../components/NoteText';
import { noteShown } from '../../format/noteShown';
import { useStarSummaries } from './useStarSummaries';
import './bundles.css';

type CarriedCase = NonNullable<BundleCaseView['case']>;

/** "3 notes" or "the first 500 of 2,001 notes": a list cut short says so. */
function howMany(shown: number, total: number, noun: string): string {
  const plural = `${noun}${total === 1 ? '' : 's'}`;
  return shown < total
    ? `the first ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} ${plural}`
    : `${total.toLocaleString('en')} ${plural}`;
}

/** A case note's text: a note with nothing to read says so, its author and time still shown. */
function CaseNoteText({ text }: { text: string }) {
  const note = noteShown(text);
  return note ? <NoteText note={note} /> : <span className="muted">(an empty note)</span>;
}

function CarriedNotes({ carried, zone }: { carried: CarriedCase; zone: string }) {
  return (
    <>
      <h3>Notes ({howMany(carried.notes.length, carried.noteCount, 'note')})</h3>
      {carried.notes.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul aria-label="Case notes" className="bundle-case-items">
          {carried.notes.map((note, index) => (
            <li key={index}>
              <CaseNoteText text={note.text} />{' '}
              <span className="muted">
                ({showHiddenCharacters(note.author)}, {formatTimestamp(note.at, zone)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function CarriedStars({ carried, zone, bundle }: { carried: CarriedCase; zone: string; bundle: OpenedBundle }) {
  // Each star as the live case names it, from its record in the bundle: the case file keeps only its id.
  const summaries = useStarSummaries(carried.stars, `${bundle.file}:${bundle.openedAt}`);
  return (
    <>
      <h3>Starred events ({howMany(carried.stars.length, carried.starCount, 'event')})</h3>
      {carried.stars.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul aria-label="Case starred events" className="bundle-case-items">
          {carried.stars.map((star, index) => (
            <li key={index}>
              {summaries.get(`${star.family}:${star.recordId}`) ?? familyRecordLabel(star.family)}{' '}
              <code className="wrap-anywhere">{showHiddenCharacters(star.recordId)}</code>{' '}
              {star.family === 'activity' && <DiffLink eventId={star.recordId} />}
              <StarNoteText text={star.note} />{' '}
              <span className="muted">(starred {formatTimestamp(star.at, zone)})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function BundleCasePanel({ bundle }: { bundle: OpenedBundle }) {
  const api = useApi();
  const { zone } = useTimeZone();
  // Asked again for each bundle opened (the same file opened again too): its case is the one shown.
  const answer = useRequest(() => api.bundleCase({}), [api, bundle.file, bundle.openedAt]);
  const carried = answer.data?.case ?? null;
  return (
    <section aria-labelledby="bundle-case-title" className="bundle-case">
      <h2 id="bundle-case-title">The bundle’s case</h2>
      {answer.error && (
        <p role="alert" className="error">
          {answer.error.message}
        </p>
      )}
      {answer.data?.withheld && (
        <p role="note" className="muted">
          {answer.data.withheld}
        </p>
      )}
      {answer.data && !carried && !answer.data.withheld && (
        <p className="muted">This bundle carries no case: it holds the records of the views it was exported from.</p>
      )}
      {carried && (
        <>
          <p className="wrap-anywhere">
            <strong>{carried.title ? showHiddenCharacters(carried.title) : 'Untitled case'}</strong>
            {carried.reference && <> · reference {showHiddenCharacters(carried.reference)}</>} · read-only, as exported
          </p>
          <CarriedNotes carried={carried} zone={zone} />
          <CarriedStars carried={carried} zone={zone} bundle={bundle} />
        </>
      )}
    </section>
  );
}
