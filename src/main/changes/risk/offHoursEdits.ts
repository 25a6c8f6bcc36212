import type { ManagerHours, OffHoursEdit } from '../../../shared/contract/riskChannels';
import type { ClientActivity } from '../../../shared/domain/clientActivity';
import { USUAL_HOURS } from '../../../shared/domain/riskRules';
import { groupBy } from './editsBeforeWithdrawal';

const hourOf = (event: ClientActivity) => new Date(event.createdAt).getUTCHours();

/** For each hour of the day, the share of these edits made within `windowHours` of it (circularly). */
function nearbyShares(edits: readonly ClientActivity[]): number[] {
  const perHour = new Array<number>(24).fill(0);
  for (const edit of edits) perHour[hourOf(edit)] = (perHour[hourOf(edit)] ?? 0) + 1;
  return perHour.map((_, hour) => {
    let near = 0;
    for (let offset = -USUAL_HOURS.windowHours; offset <= USUAL_HOURS.windowHours; offset++)
      near += perHour[(hour + offset + 24) % 24] ?? 0;
    return edits.length === 0 ? 0 : near / edits.length;
  });
}

/**
 * Edits made outside the manager's usual hours. A manager's usual hours are the hours of the day (UTC)
 * with at least 3% of their edits within two hours of them; with fewer than 50 edits in the period
 * their hours are not judged. Ranked by how rare the hour is for that manager, then newest first.
 */
export function offHoursEdits(edits: readonly ClientActivity[]): {
  rows: Omit<OffHoursEdit, 'clientName'>[];
  managers: ManagerHours[];
} {
  const byManager = groupBy(
    edits.filter((edit) => edit.actorId),
    (edit) => edit.actorId ?? '',
  );
  const managers: ManagerHours[] = [];
  const rows: Omit<OffHoursEdit, 'rank' | 'clientName'>[] = [];
  for (const [actorId, own] of [...byManager].sort(([a], [b]) => a.localeCompare(b))) {
    const shares = nearbyShares(own);
    const judged = own.length >= USUAL_HOURS.minimumEdits;
    const usual = judged ? shares.flatMap((share, hour) => (share >= USUAL_HOURS.share ? [hour] : [])) : [];
    managers.push({ actorId, actorName: own[0]?.actorName ?? null, edits: own.length, usualHoursUtc: usual });
    if (!judged) continue;
    for (const edit of own) {
      const hourUtc = hourOf(edit);
      if (usual.includes(hourUtc)) continue;
      rows.push({
        eventId: edit.id,
        createdAt: edit.createdAt,
        clientId: edit.clientId,
        actorId,
        actorName: edit.actorName,
        changedFields: edit.change?.changedFields ?? [],
        hourUtc,
        share: shares[hourUtc] ?? 0,
      });
    }
  }
  rows.sort(
    (a, b) => a.share - b.share || b.createdAt.localeCompare(a.createdAt) || a.eventId.localeCompare(b.eventId),
  );
  return { rows: rows.map((row, index) => ({ rank: index + 1, ...row })), managers };
}
