import { RECENT_CLIENT_LIMIT, type ClientSummary } from '../../shared/domain/clientDirectory';
import type { PreferencesStore } from '../preferences/PreferencesStore';

/**
 * Puts a client whose page was opened first among the operator's recent clients, once, under the name
 * the logs give them (not one the window sent), keeping the newest RECENT_CLIENT_LIMIT.
 */
export async function rememberClient(
  store: PreferencesStore,
  operatorId: string,
  summary: Pick<ClientSummary, 'id' | 'name'>,
  nowMs: number,
): Promise<void> {
  const opened = { id: summary.id, name: summary.name?.slice(0, 300) ?? null, openedAt: new Date(nowMs).toISOString() };
  await store.update(
    operatorId,
    (current) => ({
      ...current,
      recentClients: [opened, ...current.recentClients.filter((client) => client.id !== opened.id)].slice(
        0,
        RECENT_CLIENT_LIMIT,
      ),
    }),
    'The client was not added to your recent clients',
  );
}
