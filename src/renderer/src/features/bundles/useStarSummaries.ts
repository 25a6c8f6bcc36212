import type { ConsoleApi } from '../../../../shared/contract/contract';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { ActivityQuery, OperationalQuery } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { ACTIVITY_GRID } from '../clients/activityGrid';
import { OPERATIONAL_GRID } from '../operationalLogs/operationalGrid';

/** How many ids one lookup names: one page of the largest size, so every record found comes back in it. */
const PER_LOOKUP = 100;

interface Star {
  family: LogFamily;
  recordId: string;
}

async function describeFamily(api: ConsoleApi, family: LogFamily, ids: readonly string[]): Promise<[string, string][]> {
  const found: [string, string][] = [];
  for (let start = 0; start < ids.length; start += PER_LOOKUP) {
    const eventId = ids.slice(start, start + PER_LOOKUP);
    if (family === 'operational') {
      const page = await OPERATIONAL_GRID.calls(api).search(
        OperationalQuery.parse({ family, filters: { eventId }, pageSize: PER_LOOKUP }),
      );
      if (!page.ok || page.data.family !== 'operational') return found;
      for (const row of page.data.rows) found.push([`${family}:${row.id}`, OPERATIONAL_GRID.describe(row)]);
    } else {
      const page = await ACTIVITY_GRID.calls(api).search(
        ActivityQuery.parse({ family, filters: { eventId }, pageSize: PER_LOOKUP }),
      );
      if (!page.ok || page.data.family !== 'activity') return found;
      for (const row of page.data.rows) found.push([`${family}:${row.id}`, ACTIVITY_GRID.describe(row)]);
    }
  }
  return found;
}

/**
 * What each starred event of a reopened bundle's case is, in the words the live case gives it ("update ·
 * Clients / Wallets"), read from the bundle's own records by `family:recordId`; a star whose record the
 * bundle does not hold (or the operator may not read) has none, and is shown by its id.
 */
export function useStarSummaries(stars: readonly Star[], key: string): ReadonlyMap<string, string> {
  const api = useApi();
  const answer = useRequest(async () => {
    const ids = (family: LogFamily) => [
      ...new Set(stars.filter((star) => star.family === family).map((star) => star.recordId)),
    ];
    const found = [
      ...(await describeFamily(api, 'operational', ids('operational'))),
      ...(await describeFamily(api, 'activity', ids('activity'))),
    ];
    return { ok: true as const, data: new Map(found) };
  }, [api, key]);
  return answer.data ?? new Map<string, string>();
}
