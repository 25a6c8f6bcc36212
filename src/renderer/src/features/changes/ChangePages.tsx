import { BulkPage } from './BulkPage';
import type { ChangeRoute } from './changeLinks';
import { DiffPage } from './DiffPage';
import { HistoryPage } from './HistoryPage';
import { RiskPage } from './RiskPage';
import './changeViews.css';

/** The page a change-view route names; an address that does not hold together says so. */
export function ChangePages({ route }: { route: ChangeRoute }) {
  switch (route.page) {
    case 'diff':
      return <DiffPage eventId={route.eventId} unchanged={route.unchanged} ignored={route.ignored} />;
    case 'history':
      return (
        <HistoryPage
          targetType={route.targetType}
          targetId={route.targetId}
          eventId={route.eventId}
          ignored={route.ignored}
        />
      );
    case 'bulk':
      return <BulkPage bulkId={route.bulkId} ignored={route.ignored} />;
    case 'risk':
      return (
        <RiskPage
          hours={route.hours}
          minClients={route.minClients}
          timeRange={route.timeRange}
          ignored={route.ignored}
        />
      );
    case 'badLink':
      return (
        <section aria-labelledby="bad-link-title" className="page">
          <h1 id="bad-link-title">{route.problem ? 'This link cannot be opened' : 'This link is incomplete'}</h1>
          <p role="alert">
            {route.problem ?? 'The address names no event, entity or bulk operation this console can open.'} Links look
            like #/diff/&lt;event id&gt;, #/history/&lt;type&gt;/&lt;id&gt; or #/bulk/&lt;bulk id&gt;.{' '}
            <a href="#/risk">Go to the risk views</a>.
          </p>
        </section>
      );
  }
}
