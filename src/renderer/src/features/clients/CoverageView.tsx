/**
 * `<CoverageView clientId? timeRange />`: logging coverage for one client or for every client in the
 * operator's scope: each catalog event with its count, the ones that never occur flagged as possible
 * logging gaps, and the events logged under names the catalog does not know (as the producers wrote them,
 * each hidden character shown by its name).
 */
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { TimeRange } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { EventIcon } from './EventIcon';

interface CoverageViewProps {
  clientId?: string;
  timeRange: TimeRange | undefined;
}

export function CoverageView({ clientId, timeRange }: CoverageViewProps) {
  const api = useApi();
  const coverage = useRequest(
    () => api.loggingCoverage({ ...(clientId ? { clientId } : {}), ...(timeRange ? { timeRange } : {}) }),
    [api, clientId, JSON.stringify(timeRange ?? null)],
  );
  const whose = clientId ? 'this client' : 'all clients in your scope';
  if (coverage.error)
    return (
      <p className="error" role="alert">
        {coverage.error.message}
      </p>
    );
  const data = coverage.data;
  if (!data) return <p className="muted">Counting events…</p>;
  return (
    <section className="coverage" aria-label={`Logging coverage of ${whose}`}>
      <p role="status">
        {data.total.toLocaleString()} events of {whose}; {data.missing} catalog event{data.missing === 1 ? '' : 's'}{' '}
        never logged
        {data.uncatalogued.length > 0 && `; ${data.uncatalogued.length.toLocaleString()} names not in the catalog`}.
      </p>
      <table aria-label="Catalog events and their counts">
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Category</th>
            <th scope="col">Actor</th>
            <th scope="col">Count</th>
            <th scope="col">Coverage</th>
          </tr>
        </thead>
        <tbody>
          {data.events.map((event) => (
            <tr key={event.eventName} className={event.count === 0 ? 'coverage-gap' : undefined}>
              <td>
                <EventIcon glyph={event.icon} /> {event.label} <code>{event.eventName}</code>
              </td>
              <td>{event.category}</td>
              <td>{event.actorType}</td>
              <td>{event.count.toLocaleString()}</td>
              <td>{event.count === 0 ? '⚠ Never logged: possible logging gap' : 'Logged'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.uncatalogued.length > 0 && (
        <>
          <h3>Logged but not in the catalog</h3>
          <ul aria-label="Events not in the catalog">
            {data.uncatalogued.map((item) => (
              <li key={item.eventName}>
                <code>{showHiddenCharacters(item.eventName)}</code> · {item.count.toLocaleString()}
              </li>
            ))}
          </ul>
        </>
      )}
      {data.otherCount > 0 && (
        <p className="muted">{data.otherCount.toLocaleString()} more events under names beyond the listing limit.</p>
      )}
    </section>
  );
}
