import { isDeepStrictEqual } from 'node:util';
import type { EditBeforeWithdrawal } from '../../../shared/contract/riskChannels';
import type { ClientActivity } from '../../../shared/domain/clientActivity';
import { SENSITIVE_FIELD_GROUPS } from '../../../shared/domain/sensitiveFields';

const HOUR_MS = 3_600_000;

function watchedFields(event: ClientActivity, groups: readonly string[]): { fields: string[]; groups: string[] } {
  const touched = groups.filter((group) =>
    event.change?.changedFields.some((field) => SENSITIVE_FIELD_GROUPS[group]?.includes(field)),
  );
  const names = new Set(touched.flatMap((group) => SENSITIVE_FIELD_GROUPS[group] ?? []));
  return { fields: (event.change?.changedFields ?? []).filter((field) => names.has(field)), groups: touched };
}

/** Whether `later` sets every one of `fields` of the same target back to what `edit` found. */
function reverts(later: ClientActivity, edit: ClientActivity, fields: readonly string[]): boolean {
  const a = edit.change;
  const b = later.change;
  if (!a || !b || a.target.type !== b.target.type || a.target.id !== b.target.id) return false;
  return fields.every(
    (field) => field in b.after && field in a.before && isDeepStrictEqual(b.after[field], a.before[field]),
  );
}

/** Items by key, each list in the order given. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export const byTime = (a: ClientActivity, b: ClientActivity) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * Pairs each edit of a watched field with the client's first withdrawal after it and keeps those at most
 * `hours` later. An edit that only sets back an earlier listed edit is that edit's revert, not a row of
 * its own. Ranked: edits set back afterwards first (change, withdraw, change back), then the shortest
 * time to the withdrawal.
 */
export function editsBeforeWithdrawal(
  edits: readonly ClientActivity[],
  withdrawals: readonly ClientActivity[],
  groups: readonly string[],
  hours: number,
): Omit<EditBeforeWithdrawal, 'clientName'>[] {
  const sorted = [...edits].sort(byTime);
  const withdrawalsOf = groupBy([...withdrawals].sort(byTime), (withdrawal) => withdrawal.clientId);
  const editsOf = groupBy(sorted, (edit) => `${edit.change?.target.type}\u0000${edit.change?.target.id}`);
  const isRevert = new Set<string>();
  const revertOf = new Map<string, ClientActivity>();
  for (const ofTarget of editsOf.values()) {
    ofTarget.forEach((edit, index) => {
      const { fields } = watchedFields(edit, groups);
      if (isRevert.has(edit.id) || fields.length === 0) return;
      const revert = ofTarget.slice(index + 1).find((later) => reverts(later, edit, fields));
      if (revert) {
        revertOf.set(edit.id, revert);
        isRevert.add(revert.id);
      }
    });
  }
  const rows: Omit<EditBeforeWithdrawal, 'rank' | 'clientName'>[] = [];
  for (const edit of sorted) {
    const watched = watchedFields(edit, groups);
    if (isRevert.has(edit.id) || watched.fields.length === 0) continue;
    const withdrawal = withdrawalsOf.get(edit.clientId)?.find((candidate) => candidate.createdAt > edit.createdAt);
    if (!withdrawal) continue;
    const msBetween = Date.parse(withdrawal.createdAt) - Date.parse(edit.createdAt);
    if (msBetween > hours * HOUR_MS) continue;
    const amount = withdrawal.metadata['amount'];
    const currency = withdrawal.metadata['currency'];
    const revert = revertOf.get(edit.id);
    rows.push({
      clientId: edit.clientId,
      edit: {
        eventId: edit.id,
        createdAt: edit.createdAt,
        actorId: edit.actorId,
        actorName: edit.actorName,
        ...watched,
      },
      withdrawal: {
        eventId: withdrawal.id,
        createdAt: withdrawal.createdAt,
        amount: typeof amount === 'number' ? amount : null,
        currency: typeof currency === 'string' ? currency : null,
      },
      msBetween,
      revertedBy: revert ? { eventId: revert.id, createdAt: revert.createdAt } : null,
    });
  }
  return rows
    .sort(
      (a, b) =>
        Number(b.revertedBy !== null) - Number(a.revertedBy !== null) ||
        a.msBetween - b.msBetween ||
        a.edit.eventId.localeCompare(b.edit.eventId),
    )
    .map((row, index) => ({ rank: index + 1, ...row }));
}
