import { BundleHistoryNote } from '../bundles/BundleHistoryNote';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { ChangeDetails } from './ChangeDetails';
import { ChangeProblem } from './ChangeProblem';
import { navigate } from '../../routing/useHashRoute';
import { diffPath } from './changeLinks';
import { IgnoredLinkParams } from './IgnoredLinkParams';
import type { IgnoredParam } from '../logGrid/readRoute';
import { shortId } from '../../format/shortId';

interface DiffPageProps {
  eventId: string;
  /** Whether the link lists the values the edit left alone too (`?unchanged=shown`). */
  unchanged: boolean;
  ignored: readonly IgnoredParam[];
}

/**
 * `#/diff/{eventId}`: one event's before and after. Whether the unchanged values are listed lives in the
 * address, so a reload and Back keep it; any other parameter its link holds is named as ignored.
 */
export function DiffPage({ eventId, unchanged, ignored }: DiffPageProps) {
  const api = useApi();
  const view = useRequest(() => api.changeDiff({ eventId }), [api, eventId]);
  return (
    <section aria-labelledby="diff-title" className="page change-page">
      <h1 id="diff-title" tabIndex={-1}>
        Change of event <bdi>{shortId(eventId)}</bdi>
      </h1>
      <IgnoredLinkParams
        ignored={ignored}
        path={diffPath(eventId, unchanged)}
        titleId="diff-title"
        meanwhile="the page shows the change of the event its address names"
        showing="the change"
      />
      <BundleHistoryNote />
      {view.loading && <p role="status">Loading the change…</p>}
      {view.error && <ChangeProblem error={view.error} what="This change" />}
      {view.data && !view.error && (
        <ChangeDetails
          view={view.data}
          unchanged={{ shown: unchanged, show: (shown) => navigate(diffPath(eventId, shown)) }}
        />
      )}
    </section>
  );
}
