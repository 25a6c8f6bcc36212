/**
 * `<ClientFinder />`: the Clients page's type-ahead over client ids, names and e-mail addresses (a
 * combobox: arrows move, Enter opens, Escape clears) and the clients this operator opened lately.
 */
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { fullStopAfter } from '../../../../shared/domain/shownInSentence';
import { useState, type ReactNode } from 'react';
import { FindClientsRequest } from '../../../../shared/contract/clientChannels';
import { clientSearchText } from '../../../../shared/domain/clientDirectory';
import { useApi } from '../../api/ApiContext';
import { ClientLink } from '../../components/ClientLink';
import { useRequest } from '../../hooks/useRequest';
import { useSettledValue } from '../../hooks/useSettledValue';
import { formatTimestamp } from '../../format/formatTimestamp';
import { quotedTextShown } from '../../format/quoteText';
import { clientRoute } from '../../routing/clientRoute';
import { navigate } from '../../routing/useHashRoute';
import { useTimeZone } from '../timeZone/TimeZoneContext';

const MATCHED_ON = { id: 'id', name: 'name', email: 'e-mail' } as const;

/** What was searched for, isolated: right-to-left text in it cannot carry the closing quote or the full stop. */
function noMatch(text: string): ReactNode {
  const quoted = quotedTextShown(text, 80);
  return (
    <>
      No client in your scope matches “<bdi>{quoted}</bdi>”{fullStopAfter(quoted)}
    </>
  );
}

export function ClientFinder() {
  const api = useApi();
  const { zone } = useTimeZone();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const typed = useSettledValue(text, text);
  const checked = FindClientsRequest.safeParse({ text: typed });
  const matches = useRequest(
    () =>
      checked.success ? api.findClients(checked.data) : Promise.resolve({ ok: true as const, data: [] as never[] }),
    [api, checked.success ? checked.data.text : null],
  );
  const recent = useRequest(() => api.recentClients({}), [api]);
  const found = checked.success ? (matches.data ?? []) : [];
  // Text over the limit is kept as typed and said to be too long (with its length), never cut.
  const searched = clientSearchText(typed);
  const hint = searched && !checked.success ? (checked.error.issues[0]?.message ?? null) : null;
  const open = (id: string) => navigate(clientRoute(id));
  const optionId = (index: number) => `client-match-${index}`;
  return (
    <div className="client-finder">
      <label htmlFor="client-search">Find a client by id, name or e-mail</label>
      <input
        id="client-search"
        type="search"
        role="combobox"
        aria-expanded={found.length > 0}
        aria-controls="client-matches"
        aria-autocomplete="list"
        aria-activedescendant={found.length > 0 ? optionId(Math.min(active, found.length - 1)) : undefined}
        aria-describedby="client-search-hint"
        value={text}
        autoFocus
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, found.length - 1));
          else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
          else if (event.key === 'Escape') setText('');
          else if (event.key === 'Enter') {
            const chosen = found[Math.min(active, found.length - 1)];
            if (chosen) open(chosen.id);
          } else return;
          event.preventDefault();
        }}
      />
      <p id="client-search-hint" className={hint ? 'query-error' : 'muted'} role={hint ? 'alert' : undefined}>
        {hint ??
          (matches.error
            ? matches.error.message
            : checked.success && !matches.loading && found.length === 0
              ? noMatch(checked.data.text)
              : 'Type at least 2 characters; arrows choose, Enter opens.')}
      </p>
      <ul id="client-matches" role="listbox" aria-label="Matching clients" className="client-matches">
        {found.map((match, index) => (
          <li
            key={match.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              open(match.id);
            }}
          >
            <strong>{showHiddenCharacters(match.name ?? match.id)}</strong>{' '}
            <span className="muted">({showHiddenCharacters(match.id)})</span>
            {match.email && <span className="muted"> · {showHiddenCharacters(match.email)}</span>}
            <span className="muted">
              {' '}
              · matched on {MATCHED_ON[match.matchedOn]} · {match.logCount.toLocaleString()}{' '}
              {match.logCount === 1 ? 'log' : 'logs'}
            </span>
          </li>
        ))}
      </ul>
      <section aria-labelledby="recent-clients-title">
        <h2 id="recent-clients-title">Recently opened</h2>
        {recent.error && <p className="error">{recent.error.message}</p>}
        {recent.data?.length === 0 && <p className="muted">No client opened yet.</p>}
        <ul className="recent-clients">
          {(recent.data ?? []).map((client) => (
            <li key={client.id}>
              <ClientLink clientId={client.id} name={client.name} />{' '}
              <span className="muted">
                ({showHiddenCharacters(client.id)}) · opened {formatTimestamp(client.openedAt, zone)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
