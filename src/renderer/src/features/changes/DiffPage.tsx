import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { ChangeDetails } from './ChangeDetails';
import { ChangeProblem } from './ChangeProblem';
import { shortId } from '../../format/shortId';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';

/** `#/diff/{eventId}`: one event's before and after. */
export function DiffPage({ eventId }: { eventId: string }) {
  const api = useApi();
  const view = useRequest(() => api.changeDiff({ eventId }), [api, eventId]);
  return (
    <section aria-labelledby="diff-title" className="page change-page">
      <h1 id="diff-title">Change of event {showHiddenCharacters(shortId(eventId))}</h1>
      {view.loading && <p role="status">Loading the change…</p>}
      {view.error && <ChangeProblem error={view.error} what="This change" />}
      {view.data && !view.error && <ChangeDetails view={view.data} />}
    </section>
  );
}
