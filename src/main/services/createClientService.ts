import type { OpenedBundle } from '../../shared/contract/bundleChannels';
import { ConsoleError } from '../../shared/contract/errors';
import type { ClientMatch } from '../../shared/domain/clientDirectory';
import { findSecretSpans } from '../../shared/domain/secretSpans';
import { hasPermission, type Operator } from '../../shared/domain/roles';
import type { LogSource, SearchOptions } from '../../shared/query/logSource';
import { resolveTimeRange } from '../../shared/query/timeRange';
import type { TimeRange } from '../../shared/query/logQuery';
import { clientSummary, isKnownClient } from '../clients/clientSummary';
import { rememberClient } from '../clients/recentClients';
import { unknownClientMessage } from '../clients/unknownClientMessage';
import { scopedCoverage } from '../access/scopedBundleView';
import type { PreferencesStore } from '../preferences/PreferencesStore';
import { coverageFrom } from '../clients/coverage';
import type { Handlers } from '../router/createRouter';
import { pageSessions } from '../sessions/pageSessions';
import { CursorEnvelope } from '../sources/cursorEnvelope';
import type { ActiveSource } from '../sources/ActiveSource';
import { scopeOptions } from './scopeOptions';

type ClientHandlers = Pick<
  Handlers,
  'clients/find' | 'clients/summary' | 'clients/sessions' | 'clients/coverage' | 'clients/recent'
>;

export interface ClientServiceOptions {
  /** The clock relative ranges resolve against; the cluster's clock in tests that fix it. */
  now?: () => number;
  /** Where each operator's recently opened clients are kept; none kept without it. */
  preferences?: PreferencesStore;
}

/**
 * Refuses an id no log names (within the operator's scope), saying what to do instead: over a reopened
 * bundle (`bundle`), what its queries covered.
 */
async function requireKnown(
  source: LogSource,
  clientId: string,
  options: SearchOptions,
  bundle: OpenedBundle | null,
): Promise<void> {
  if (isKnownClient(await source.clientFacts(clientId, undefined, options))) return;
  throw new ConsoleError('NOT_FOUND', unknownClientMessage(clientId, bundle), 'clientId');
}

/**
 * The matches a lookup may show: none whose id, name or e-mail address holds a secret (a producer that
 * logged a card number as a client's id). Typing such an id piece by piece would otherwise confirm it.
 */
const withoutSecretClients = (matches: readonly ClientMatch[]): ClientMatch[] =>
  matches.filter((match) =>
    [match.id, match.name, match.email].every((text) => text === null || findSecretSpans(text).length === 0),
  );

const activityQuery = (clientIds: string[] | undefined, timeRange: TimeRange | undefined) => ({
  family: 'activity' as const,
  filters: clientIds ? { clientId: clientIds } : {},
  ...(timeRange ? { timeRange } : {}),
  sort: { field: 'createdAt' as const, direction: 'desc' as const },
  pageSize: 50 as const,
});

/**
 * The client page's reads: lookup, header, sessions and logging coverage. Every call goes to the
 * current source within the operator's scope; a client outside it is refused by name, before any read.
 */
export function createClientService(
  dataSources: Pick<ActiveSource, 'current'> & Partial<Pick<ActiveSource, 'bundle'>>,
  options: ClientServiceOptions = {},
): ClientHandlers {
  const now = options.now ?? Date.now;
  // Session cursors are sealed per source, so one issued before a connection change is refused after it.
  const envelopes = new WeakMap<object, CursorEnvelope>();
  const cursorsOf = (source: object): CursorEnvelope => {
    const known = envelopes.get(source);
    if (known) return known;
    const created = new CursorEnvelope();
    envelopes.set(source, created);
    return created;
  };
  const showsActivity = (operator: Operator) => hasPermission(operator, 'activity:read');
  // What a reopened bundle covered, as the operator may read it: no client outside their scope is named.
  const reopened = (operator: Operator) => {
    const view = dataSources.bundle?.()?.view;
    return view ? { ...view, coverage: scopedCoverage(operator, view.coverage) } : null;
  };
  return {
    'clients/find': async ({ text }, { operator, signal }) =>
      withoutSecretClients(await (await dataSources.current()).findClients(text, scopeOptions(operator, signal))),
    'clients/summary': async ({ clientId, timeRange }, { operator, signal }) => {
      const scope = scopeOptions(operator, signal, [clientId], 'page');
      const source = await dataSources.current();
      const [facts, names] = await Promise.all([
        source.clientFacts(clientId, timeRange, scope),
        showsActivity(operator) ? source.countEventNames(activityQuery([clientId], timeRange), scope) : null,
      ]);
      if (!isKnownClient(facts)) await requireKnown(source, clientId, scope, reopened(operator));
      const summary = clientSummary(clientId, resolveTimeRange(timeRange, now()), facts, names);
      // The header is what was asked for: a preferences file that cannot be written (reported where
      // views and layouts are saved) costs only the recent-clients entry.
      if (options.preferences) await rememberClient(options.preferences, operator.id, summary, now()).catch(() => null);
      return summary;
    },
    'clients/sessions': async (request, { operator, signal }) => {
      const scope = scopeOptions(operator, signal, [request.clientId], 'page');
      const source = await dataSources.current();
      const page = await pageSessions({ source, cursors: cursorsOf(source), options: scope, nowMs: now() }, request);
      if (!request.cursor && page.sessions.length === 0 && page.nextCursor === null) {
        await requireKnown(source, request.clientId, scope, reopened(operator));
      }
      return page;
    },
    'clients/coverage': async ({ clientId, timeRange }, { operator, signal }) => {
      const scope = scopeOptions(operator, signal, clientId ? [clientId] : undefined, 'page');
      const source = await dataSources.current();
      if (clientId) await requireKnown(source, clientId, scope, reopened(operator));
      return coverageFrom(
        await source.countEventNames(activityQuery(clientId ? [clientId] : undefined, timeRange), scope),
      );
    },
    'clients/recent': async (_request, { operator }) => {
      const recent = options.preferences ? (await options.preferences.read(operator.id)).recentClients : [];
      // A client taken out of the operator's scope since is no longer offered.
      const allowed = operator.scope ? new Set(operator.scope.clientIds) : null;
      return allowed ? recent.filter((client) => allowed.has(client.id)) : recent;
    },
  };
}
