import type { OpenedBundle } from '../../shared/contract/bundleChannels';
import type { CoveredGround } from '../../shared/domain/bundleCoverage';
import type { Operator } from '../../shared/domain/roles';
import { LogQuery, type LogFamily } from '../../shared/query/logQuery';
import type { LogSource } from '../../shared/query/logSource';

/**
 * What a bundle's queries covered, as an operator scoped to some clients may read it: the clients a query
 * was limited to, cut to theirs (none of theirs reads as "no client"). Whole for an operator with no scope.
 */
export function scopedCoverage(operator: Operator, coverage: readonly CoveredGround[]): CoveredGround[] {
  const scope = operator.scope;
  if (!scope) return [...coverage];
  return coverage.map((ground) => ({
    ...ground,
    clientIds: ground.clientIds === null ? null : ground.clientIds.filter((id) => scope.clientIds.includes(id)),
  }));
}

/**
 * A reopened bundle as an operator may see it. A bundle exported by someone who sees every client holds
 * records of clients outside a scoped operator's scope: the view names none of those clients and counts
 * only the records of the operator's own, as every read of the bundle does, so its numbers tell nothing
 * of the others.
 */
export async function scopedBundleView(
  operator: Operator,
  view: OpenedBundle,
  source: Pick<LogSource, 'search'>,
): Promise<OpenedBundle> {
  const scope = operator.scope;
  if (!scope) return view;
  const count = async (family: LogFamily): Promise<number> => {
    if (view.families[family] === 0 || scope.clientIds.length === 0) return 0;
    const query = LogQuery.parse({ family, filters: {}, pageSize: 10 });
    const page = await source.search(query, { operatorId: operator.id, scopeClientIds: scope.clientIds });
    return page.total.value;
  };
  const [operational, activity] = await Promise.all([count('operational'), count('activity')]);
  return {
    ...view,
    records: operational + activity,
    families: { operational, activity },
    coverage: scopedCoverage(operator, view.coverage),
  };
}
