import { useEffect, useMemo } from 'react';
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
import { historyStepName, historyStepText, valueText } from './changeText';

interface HistoryPageProps {
  targetType: string;
  targetId: string;
  /** The edit to open; the newest when absent or not among the entity's edits. */
  eventId: string | null;
}

function StepChange({ step }: { step: HistoryStep }) {
  const api = useApi();
  const view = useRequest(() => api.changeDiff({ eventId: step.eventId }), [api, step.eventId]);
  if (view.error) return <ChangeProblem error={view.error} what="This edit" />;
  if (!view.data) return <p role="status">Loading the edit…</p>;
  return <ChangeDetails view={view.data} />;
}

/** `#/history/{type}/{id}`: every edit of one entity, stepped through with Previous/Next or the arrow keys. */
export function HistoryPage({ targetType, targetId, eventId }: HistoryPageProps) {
  const api = useApi();
  const { zone } = useTimeZone();
  const history = useRequest(() => api.entityHistory({ targetType, targetId }), [api, targetType, targetId]);
  const steps = useMemo(() => history.data?.steps ?? [], [history.data]);
  const found = steps.findIndex((step) => step.eventId === eventId);
  const index = found >= 0 ? found : steps.length - 1;
  const step = steps[index];
  const go = (to: number) => {
    const next = steps[to];
    if (next) navigate(historyPath(targetType, targetId, next.eventId));
  };
  // The arrow keys step wherever the focus is on the page, except while typing in a field.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && event.target.closest('input, select, textarea');
      if (typing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const to = event.key === 'ArrowLeft' ? index - 1 : event.key === 'ArrowRight' ? index + 1 : null;
      const next = to === null ? undefined : steps[to];
      if (!next) return;
      event.preventDefault();
      navigate(historyPath(targetType, targetId, next.eventId));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [index, steps, targetType, targetId]);
  return (
    <section aria-labelledby="history-title" className="page change-page">
      <h1 id="history-title">Edit history of {showHiddenCharacters(`${shortId(targetType)} ${shortId(targetId)}`)}</h1>
      {history.loading && <p role="status">Loading the edits…</p>}
      {history.error && <ChangeProblem error={history.error} what="This history" />}
      {eventId && found < 0 && steps.length > 0 && (
        <p role="note">
          Event {showHiddenCharacters(eventId)} is not an edit of this {showHiddenCharacters(targetType)}; showing its
          newest edit instead.
        </p>
      )}
      {history.data?.truncated && (
        <p role="note">Only the oldest {steps.length} edits are listed; newer edits exist.</p>
      )}
      {step && !history.error && (
        <>
          <nav className="toolbar" aria-label="Step through the edits">
            <button type="button" onClick={() => go(index - 1)} disabled={index <= 0}>
              Previous edit
            </button>
            <span aria-live="polite">
              Edit {index + 1} of {steps.length}
            </span>
            <button type="button" onClick={() => go(index + 1)} disabled={index >= steps.length - 1}>
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
                    aria-label={historyStepName(item, position)}
                  >
                    {formatTimestamp(item.createdAt, zone)} — {historyStepText(item)}
                  </a>
                  {item.gaps.length > 0 && <span className="history-gap"> (gap)</span>}
                </li>
              ))}
            </ol>
            <div>
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
                      <td className={field.hidden ? 'diff-hidden' : undefined}>
                        {valueText(field.value, field.hidden)}
                      </td>
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
