import type { ClientActivity } from '../../shared/domain/clientActivity';
import type { OperationalLog } from '../../shared/domain/operationalLog';
import type { InjectedViolation } from './injectedViolation';

/** One generated document and the family (index pattern) it belongs to. */
export type SeedDocument =
  | { readonly family: 'operational'; readonly doc: OperationalLog; violations?: readonly InjectedViolation[] }
  | { readonly family: 'activity'; readonly doc: ClientActivity; violations?: readonly InjectedViolation[] };

export interface FamilyCounts {
  operational: number;
  activity: number;
}
