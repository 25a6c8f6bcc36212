import type { ClientViewers, JournalEntries, JournalSearchRequest } from '../../shared/contract/journalChannels';
import { ConsoleError } from '../../shared/contract/errors';
import { JOURNAL_INDEX, JOURNAL_SCOPED_REFUSAL } from '../../shared/domain/journal';
import type { Operator } from '../../shared/domain/roles';
import type { ActiveCluster, ClusterJournalMirror } from '../journal/ClusterJournalMirror';
import { searchClusterJournal } from '../journal/searchClusterJournal';
import { searchLocalJournal } from '../journal/searchLocalJournal';
import type { Handlers } from '../router/createRouter';
import { scopeOptions } from './scopeOptions';

type JournalHandlers = Pick<Handlers, 'journal/status' | 'journal/search' | 'journal/clientViewers'>;

export interface JournalServiceDependencies {
  cluster: ActiveCluster;
  /** This workstation's journal file. */
  journalFile: string;
  mirror: ClusterJournalMirror;
}

/** Looks at the journal itself are not looks at a client. */
const LOOKS_AT_JOURNAL = 'journal/';
const VIEWERS_SCANNED = 500;

/**
 * The journal says what every operator did with every client, in their own words (a search's text, a
 * client's id): an operator scoped to some clients does not read it, except who looked at one of theirs.
 */
function requireEveryClient(operator: Operator): void {
  if (operator.scope) {
    throw new ConsoleError('FORBIDDEN', JOURNAL_SCOPED_REFUSAL);
  }
}

/**
 * Reading the operators' journal: the cluster's journal index where the operator may read it (every
 * workstation's lines), else this workstation's file. There is no way to change it from here.
 */
export function createJournalService({ cluster, journalFile, mirror }: JournalServiceDependencies): JournalHandlers {
  async function search(filters: JournalSearchRequest, signal: AbortSignal): Promise<JournalEntries> {
    const opening = cluster();
    if (opening) {
      const source = await opening;
      const held = await source.adapter.hasIndexPrivileges(JOURNAL_INDEX, ['read'], signal);
      if (held.read) {
        const found = await searchClusterJournal(source.adapter, filters, signal);
        return {
          origin: 'cluster',
          notice: `Read from the cluster index ${JOURNAL_INDEX}: every workstation that may write to it.`,
          ...found,
        };
      }
      const found = await searchLocalJournal(journalFile, filters);
      return {
        origin: 'local',
        notice: `Your cluster user may not read the journal index ${JOURNAL_INDEX}: this workstation’s journal only.`,
        ...found,
      };
    }
    const found = await searchLocalJournal(journalFile, filters);
    return { origin: 'local', notice: 'The demo workspace’s journal: this workstation only.', ...found };
  }

  return {
    'journal/status': (_request, { signal }) => mirror.status(signal),
    'journal/search': (request, { signal, operator }) => {
      requireEveryClient(operator);
      return search(request, signal);
    },
    'journal/clientViewers': async ({ clientId }, { signal, operator }): Promise<ClientViewers> => {
      // A client outside a scoped operator's scope is refused by name, as everywhere else.
      scopeOptions(operator, signal, [clientId], 'page');
      const found = await search({ clientId, outcome: 'ok', limit: VIEWERS_SCANNED }, signal);
      const viewers = new Map<string, ClientViewers['viewers'][number]>();
      for (const entry of found.entries) {
        if (entry.channel.startsWith(LOOKS_AT_JOURNAL)) continue;
        const known = viewers.get(entry.operatorId);
        if (known) known.looks++;
        else viewers.set(entry.operatorId, { ...entry, looks: 1, lastAt: entry.at });
      }
      const scanned = found.truncated ? ` Counted from the newest ${VIEWERS_SCANNED} looks.` : '';
      return {
        origin: found.origin,
        notice: `${found.notice}${scanned}`,
        viewers: [...viewers.values()].map(({ operatorId, operatorName, role, looks, lastAt }) => ({
          operatorId,
          operatorName,
          role,
          looks,
          lastAt,
        })),
      };
    },
  };
}
