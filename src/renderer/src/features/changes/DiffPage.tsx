import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { ChangeDetails } from './ChangeDetails';
import { ChangeProblem } from './ChangeProblem';
import { diffPath } from './changeLinks';
import { IgnoredLinkParams } from './IgnoredLinkParams';
import type { IgnoredParam } from '../logGrid/readRoute';
import { shortId } from '../../format/shortId';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';

/** `#/diff/{eventId}`: one event's before and after; any parameter its link holds is named as ignored. */
export function DiffPage({ eventId, ignored }: { eventId: string; ignored: readonly IgnoredParam[] }) {
  const api = useApi();
  const view = useRequest(() => api.changeDiff({ eventId }), [api, eventId]);
  return (
    <section aria-labelledby="diff-title" className="page change-page">
      <h1 id="diff-title" tabIndex={-1}>
        Change of event {showHiddenCharacters(shortId(eventId))}
      </h1>
      <IgnoredLinkParams
        ignored={ignored}
        path={diffPath(eventId)}
        titleId="diff-title"
        meanwhile="the page shows the change of the event its address names"
        showing="the change"
      />
      {view.loading && <p role="status">Loading the change…</p>}
      {view.error && <ChangeProblem error={view.error} what="This change" />}
      {view.data && !view.error && <ChangeDetails view={view.data} />}
    </section>
  );
}
