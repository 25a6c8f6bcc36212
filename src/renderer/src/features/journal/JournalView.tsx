import { useEffect, useRef, useState } from 'react';
import type { JournalEntry } from '../../../../shared/contract/journalChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp, inputStep } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { FormField } from '../settings/FormField';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { hiddenClientIdHint, hiddenTextHint } from './hiddenTextHint';
import { journalCountText } from './journalCountText';
import { journalOutcomeText } from './journalOutcomeText';
import { useJournalFilters, type JournalFilterDraft } from './useJournalFilters';
import './journal.css';
import { TableScroll } from '../../components/TableScroll';
import { SingleInstantNote } from '../logGrid/SingleInstantNote';

const TEXT_FILTERS: readonly [keyof JournalFilterDraft, string][] = [
  ['operator', 'Operator'],
  ['channel', 'Channel'],
  ['clientId', 'Client id'],
];

/**
 * One line as recorded. What operators typed is kept as typed, so a character that hides or reorders
 * text is shown by its name (⟨U+202E⟩) and never turns the rest of the line around.
 */
function EntryRow({ entry, zone }: { entry: JournalEntry; zone: string }) {
  const when = formatTimestamp(entry.at, zone);
  const operatorName = showHiddenCharacters(entry.operatorName);
  const channel = showHiddenCharacters(entry.channel);
  return (
    <tr aria-label={`${operatorName} ${channel} ${entry.outcome} at ${when}`}>
      <td>
        {/* The day stays on one line; the time and the zone may go under it. */}
        <span className="journal-day">{when.slice(0, when.indexOf(' '))}</span>
        {when.slice(when.indexOf(' '))}
      </td>
      <td>
        {operatorName} <span className="muted">({ROLE_LABELS[entry.role]})</span>
      </td>
      <td>{channel}</td>
      <td className={entry.outcome === 'ok' ? undefined : 'error'}>{journalOutcomeText(entry)}</td>
      <td>{journalCountText(entry)}</td>
      <td className="journal-clients">{showHiddenCharacters(entry.clientIds.join(', '))}</td>
      <td className="journal-request">{showHiddenCharacters(entry.request ?? '')}</td>
    </tr>
  );
}

/** The operators' journal, read only: filters, then the newest matching lines. */
export function JournalView() {
  const api = useApi();
  const { zone } = useTimeZone();
  const filters = useJournalFilters(zone);
  // The period's fields themselves: one holding a date the browser cannot read has an empty value, as a
  // blank one has, and only the field can tell them apart.
  const bounds = useRef<Partial<Record<'from' | 'to', HTMLInputElement | null>>>({});
  const form = useRef<HTMLFormElement>(null);
  // Bumped by each Apply refused: the first field at fault takes the focus, centred so its sentence shows.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals === 0) return;
    const atFault = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    atFault?.scrollIntoView({ block: 'center' });
    atFault?.focus({ preventScroll: true });
  }, [refusals]);
  const found = useRequest(() => api.searchJournal({ ...filters.applied, limit: 200 }), [api, filters.applied]);
  const status = useRequest(() => api.journalStatus({}), [api]);
  return (
    <>
      {status.data && (
        <p role="note" className="muted" data-testid="journal-destination">
          {status.data.notice}
        </p>
      )}
      <form
        ref={form}
        className="journal-filters"
        aria-label="Journal filters"
        // The fields are checked here and said beside each one: the browser's own check would stop a date it
        // cannot read with a bubble of its own, and the form would never say what is wrong.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const unreadable = { from: bounds.current.from?.validity.badInput, to: bounds.current.to?.validity.badInput };
          const outcome = filters.apply(unreadable);
          // The same filters again read the journal again: lines may have come since.
          if (outcome === 'same') found.reload();
          if (outcome === 'refused') setRefusals((count) => count + 1);
        }}
      >
        {TEXT_FILTERS.map(([key, label]) => (
          <FormField
            key={key}
            label={label}
            error={filters.errors[key]}
            // An operator or a channel holding such a character is refused at Apply, the refusal naming each; until
            // then the hint reads what the field holds, which the field itself may show reordered.
            hint={
              key === 'clientId'
                ? hiddenClientIdHint(filters.draft.clientId)
                : filters.errors[key] === undefined
                  ? hiddenTextHint(label.toLowerCase(), filters.draft[key])
                  : undefined
            }
            quoted={filters.quoted[key]}
          >
            {(control) => (
              <input
                {...control}
                value={filters.draft[key]}
                onChange={(event) => filters.change(key, event.target.value)}
              />
            )}
          </FormField>
        ))}
        <FormField label="Outcome" error={filters.errors.outcome} quoted={filters.quoted.outcome}>
          {(control) => (
            <select
              {...control}
              value={filters.draft.outcome}
              onChange={(event) => filters.change('outcome', event.target.value)}
            >
              <option value="">any</option>
              <option value="ok">ok</option>
              <option value="refused">refused</option>
              <option value="failed">failed</option>
            </select>
          )}
        </FormField>
        {(['from', 'to'] as const).map((key) => (
          <FormField
            key={key}
            label={`${key === 'from' ? 'From' : 'To'} (${zone})`}
            error={filters.errors[key]}
            quoted={filters.quoted[key]}
          >
            {(control) => (
              <input
                {...control}
                ref={(element) => void (bounds.current[key] = element)}
                type="datetime-local"
                value={filters.draft[key]}
                step={inputStep(filters.draft[key])}
                onChange={(event) => filters.change(key, event.target.value)}
                // The browser empties a field it cannot read without always a change: read after each key too.
                onInput={(event) => filters.edited(key, event.currentTarget.validity.badInput)}
                onKeyUp={(event) => filters.edited(key, event.currentTarget.validity.badInput)}
                onBlur={(event) => filters.edited(key, event.currentTarget.validity.badInput)}
              />
            )}
          </FormField>
        ))}
        <button type="submit" className="primary">
          Apply filters
        </button>
        <button type="button" onClick={filters.clear}>
          Clear filters
        </button>
      </form>
      {filters.notApplied && (
        <p role="alert" className="error">
          These filters were not applied: mend the marked fields.{' '}
          {Object.keys(filters.applied).length > 0
            ? 'The lines below are still those of the filters applied before.'
            : 'The lines below are not filtered.'}
        </p>
      )}
      {found.error && (
        <p role="alert" className="error">
          {found.error.message}
        </p>
      )}
      {found.data && (
        <>
          <p className="muted" data-testid="journal-origin">
            {found.data.notice}
            {found.data.truncated ? ' The newest 200 matching lines are shown.' : ''}
          </p>
          <SingleInstantNote range={filters.applied} />
          <TableScroll label="Journal lines" content={found.data.entries}>
            <table className="journal-table" aria-label="Journal lines">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Operator</th>
                  <th scope="col">Channel</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Rows</th>
                  <th scope="col">Clients</th>
                  <th scope="col">Request</th>
                </tr>
              </thead>
              <tbody>
                {found.data.entries.map((entry) => (
                  <EntryRow key={entry.id} entry={entry} zone={zone} />
                ))}
              </tbody>
            </table>
          </TableScroll>
          {found.data.entries.length === 0 && <p>No journal line matches these filters.</p>}
        </>
      )}
    </>
  );
}
