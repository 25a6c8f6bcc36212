import { BundleHistoryNote } from '../bundles/BundleHistoryNote';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { HistoryStep } from '../../../../shared/contract/changeChannels';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { navigate } from '../../routing/useHashRoute';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { ChangeDetails } from './ChangeDetails';
import { ChangeProblem } from './ChangeProblem';
import { historyPath } from './changeLinks';
import { shortId } from '../../format/shortId';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { IgnoredParam } from '../logGrid/readRoute';
import { historyStepPlaceAndAuthor, historyStepText, valueText } from './changeText';
import { historyEventNote } from './historyEventNote';
import { IgnoredLinkParams } from './IgnoredLinkParams';
import { ValueCell } from './ValueCell';

interface HistoryPageProps {
  targetType: string;
  targetId: string;
  /** The edit to open; the newest when absent or not among the entity's edits. */
  eventId: string | null;
  /** What of its link the page does not use, each with why. */
  ignored: readonly IgnoredParam[];
}

function StepChange({ step }: { step: HistoryStep }) {
  const api = useApi();
  const view = useRequest(() => api.changeDiff({ eventId: step.eventId }), [api, step.eventId]);
  if (view.error) return <ChangeProblem error={view.error} what="This edit" />;
  if (!view.data) return <p role="status">Loading the edit…</p>;
  return <ChangeDetails view={view.data} inHistory />;
}

/** `#/history/{type}/{id}`: every edit of one entity, stepped through with Previous/Next or the arrow keys. */
export function HistoryPage({ targetType, targetId, eventId, ignored }: HistoryPageProps) {
  const api = useApi();
  const { zone } = useTimeZone();
  const history = useRequest(() => api.entityHistory({ targetType, targetId }), [api, targetType, targetId]);
  const steps = useMemo(() => history.data?.steps ?? [], [history.data]);
  const found = steps.findIndex((step) => step.eventId === eventId);
  const index = found >= 0 ? found : steps.length - 1;
  const step = steps[index];
  const previousButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const shownEdit = useRef<HTMLDivElement>(null);
  /** The button that takes the focus once the step is shown (see `go`). */
  const refocus = useRef<RefObject<HTMLButtonElement | null> | null>(null);
  /**
   * Steps to the edit at `to`. A button stepping to the first or last edit is disabled there, as the grid's
   * pager buttons are, and would drop the focus to the window: the other button takes it instead. An arrow
   * key pressed within the edit shown gives the focus to the button stepping that way, since what held it
   * (a long value's box, Star in case…) is replaced by the next edit's and would drop it to the window too.
   */
  const go = (to: number): boolean => {
    const next = steps[to];
    if (!next) return false;
    const focused = document.activeElement;
    let stepper: RefObject<HTMLButtonElement | null> | null = null;
    if (shownEdit.current?.contains(focused)) stepper = to < index ? previousButton : nextButton;
    else if (focused === previousButton.current) stepper = previousButton;
    else if (focused === nextButton.current) stepper = nextButton;
    if (stepper === previousButton && to === 0) stepper = nextButton;
    if (stepper === nextButton && to === steps.length - 1) stepper = previousButton;
    refocus.current = stepper;
    navigate(historyPath(targetType, targetId, next.eventId));
    return true;
  };
  useEffect(() => {
    refocus.current?.current?.focus();
    refocus.current = null;
  }, [index]);
  // The arrow keys step wherever the focus is on the page, except while typing in a field or within what
  // holds its keys (`data-holds-keys`: an open Star in case… form): stepping would take what was typed there
  // to another edit. A checkbox (Show unchanged values) takes no arrow key, so they step there too.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLElement &&
        event.target.closest('input:not([type="checkbox"]), select, textarea, [data-holds-keys]');
      if (typing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const to = event.key === 'ArrowLeft' ? index - 1 : event.key === 'ArrowRight' ? index + 1 : null;
      if (to !== null && go(to)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
  return (
    <section aria-labelledby="history-title" className="page change-page">
      <h1 id="history-title" tabIndex={-1}>
        Edit history of <bdi>{shortId(targetType)}</bdi> <bdi>{shortId(targetId)}</bdi>
      </h1>
      <IgnoredLinkParams
        ignored={ignored}
        path={historyPath(targetType, targetId, eventId ?? undefined)}
        titleId="history-title"
        meanwhile={eventId ? 'the history opens at the edit the link names' : 'the history opens at its newest edit'}
        showing="the edit history"
      />
      <BundleHistoryNote />
      {history.loading && <p role="status">Loading the edits…</p>}
      {history.error && <ChangeProblem error={history.error} what="This history" />}
      {eventId && found < 0 && steps.length > 0 && (
        <p role="note" className="wrap-anywhere">
          {historyEventNote(eventId, targetType, steps.length, history.data?.truncated ?? false)}
        </p>
      )}
      {history.data?.truncated && (
        <p role="note">Only the oldest {steps.length} edits are listed; newer edits exist.</p>
      )}
      {step && !history.error && (
        <>
          <nav className="toolbar" aria-label="Step through the edits">
            <button type="button" ref={previousButton} onClick={() => go(index - 1)} disabled={index <= 0}>
              Previous edit
            </button>
            <span aria-live="polite">
              Edit {index + 1} of {steps.length}
            </span>
            <button type="button" ref={nextButton} onClick={() => go(index + 1)} disabled={index >= steps.length - 1}>
              Next edit
            </button>
            <span className="muted">Left and right arrow keys step too.</span>
          </nav>
          <div className="history-layout">
            <ol className="history-steps" aria-label="Edits, oldest first">
              {steps.map((item, position) => (
                <li key={item.eventId}>
                  <a
                    href={`#${historyPath(targetType, targetId, item.eventId)}`}
                    aria-current={position === index ? 'step' : undefined}
                  >
                    {formatTimestamp(item.createdAt, zone)} — {historyStepText(item)}
                    <span className="visually-hidden"> ({historyStepPlaceAndAuthor(item, position)})</span>
                  </a>
                  {item.gaps.length > 0 && <span className="history-gap"> (gap)</span>}
                </li>
              ))}
            </ol>
            <div ref={shownEdit}>
              {step.gaps.map((gap) => (
                <p key={gap.field} role="note" className="change-note">
                  {showHiddenCharacters(`${gap.field}: ${gap.message}`)}
                </p>
              ))}
              <h2>This edit</h2>
              <StepChange step={step} />
              <h2>State after this edit</h2>
              <table className="diff-table diff-state" aria-label={`State after edit ${index + 1}`}>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Value after this edit</th>
                  </tr>
                </thead>
                <tbody>
                  {step.state.map((field) => (
                    <tr key={field.field}>
                      <th scope="row">{showHiddenCharacters(field.field)}</th>
                      <ValueCell
                        text={valueText(field.value, field.hidden)}
                        name={`${showHiddenCharacters(field.field)}, after this edit`}
                        className={field.hidden ? 'diff-hidden' : undefined}
                      />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
