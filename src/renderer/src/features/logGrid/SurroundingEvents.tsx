/**
 * `<SurroundingEvents family row onOpen />`: the N events before and after a row of the same party
 * (client, employee, actor: the party filters the field table gives the family), whatever the grid's
 * own filters, in time order with the row itself marked; choosing one opens it in the detail panel.
 */
import { useMemo, useState } from 'react';
import { LOG_FIELDS } from '../../../../shared/query/fieldRoles';
import { LogQuery, PAGE_SIZES, type LogFamily } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import type { GridFamily, QueryOf, RowOf } from './gridFamily';
import { valueAt } from './queryFilters';

const COUNTS = [5, 10, 25] as const;

/** The party filters a row can be matched on: key, label and the row's id for it. */
function partiesOf(family: LogFamily, row: unknown) {
  return LOG_FIELDS[family].all.flatMap(({ name, field }) => {
    const id = valueAt(row, name);
    if (!field.filter || !(field.namedBy || field.scope) || typeof id !== 'string' || !id) return [];
    return [{ key: field.filter.key, label: field.label, id }];
  });
}

export function SurroundingEvents<F extends LogFamily>({
  family,
  row,
  onOpen,
}: {
  family: GridFamily<F>;
  row: RowOf<F>;
  onOpen: (row: RowOf<F>) => void;
}) {
  const api = useApi();
  const { zone } = useTimeZone();
  const calls = useMemo(() => family.calls(api), [family, api]);
  const parties = partiesOf(family.family, row);
  const [partyKey, setPartyKey] = useState(parties[0]?.key ?? '');
  const [count, setCount] = useState<(typeof COUNTS)[number]>(5);
  const party = parties.find((candidate) => candidate.key === partyKey) ?? parties[0];
  const time = LOG_FIELDS[family.family].time;
  const at = valueAt(row, time);
  const around = useRequest(async () => {
    if (!party || typeof at !== 'string') return { ok: true as const, data: null };
    const pageSize = PAGE_SIZES.find((size) => size > count) ?? 100;
    const side = (direction: 'asc' | 'desc') =>
      LogQuery.parse({
        family: family.family,
        filters: { [party.key]: [party.id] },
        sort: { field: time, direction },
        timeRange: { kind: 'absolute', ...(direction === 'desc' ? { to: at } : { from: at }) },
        pageSize,
      }) as QueryOf<F>;
    const [older, newer] = await Promise.all([calls.search(side('desc')), calls.search(side('asc'))]);
    if (!older.ok) return older;
    if (!newer.ok) return newer;
    const before = (older.data.rows as RowOf<F>[]).filter((other) => other.id !== row.id).slice(0, count);
    const seen = new Set(before.map((other) => other.id));
    const after = (newer.data.rows as RowOf<F>[]).filter((other) => other.id !== row.id && !seen.has(other.id));
    return { ok: true as const, data: { before: before.reverse(), after: after.slice(0, count) } };
  }, [calls, party?.key, party?.id, count, row.id, at]);
  if (!party) return null;
  const entry = (other: RowOf<F>) => {
    const when = valueAt(other, time);
    return `${typeof when === 'string' ? formatTimestamp(when, zone) : ''} · ${family.describe(other)}`;
  };
  return (
    <section aria-label="Surrounding events" className="surrounding">
      <h3>Surrounding events</h3>
      <div className="surrounding-choice">
        <label>
          Events{' '}
          <select
            aria-label="Events before and after"
            value={count}
            onChange={(event) => setCount(Number(event.target.value) as (typeof COUNTS)[number])}
          >
            {COUNTS.map((value) => (
              <option key={value} value={value}>
                {value} before and after
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          of the same{' '}
          <select aria-label="Same party" value={party.key} onChange={(event) => setPartyKey(event.target.value)}>
            {parties.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {candidate.label.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
      </div>
      {around.error && <p className="error">{around.error.message}</p>}
      {around.loading && !around.data && <p className="muted">Loading…</p>}
      {around.data && (
        <ol className="surrounding-list">
          {around.data.before.map((other) => (
            <li key={other.id}>
              <button type="button" onClick={() => onOpen(other)}>
                {entry(other)}
              </button>
            </li>
          ))}
          <li aria-current="true" className="surrounding-current">
            {entry(row)} (this event)
          </li>
          {around.data.after.map((other) => (
            <li key={other.id}>
              <button type="button" onClick={() => onOpen(other)}>
                {entry(other)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
