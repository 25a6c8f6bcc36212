import { BULK_MIN_CLIENTS } from '../../../../shared/contract/riskChannels';
import type { WholeNumberRule } from '../../format/readWholeNumber';

/** The fewest clients a bulk operation changed for the Risk page to list it, unless the page asks for another. */
export const DEFAULT_BULK_MIN_CLIENTS = BULK_MIN_CLIENTS.default;

/** The minimum field's id: the notice of a bad link names it beside the hours'. */
export const BULK_MIN_CLIENTS_FIELD = 'risk-bulk-min-clients';

const MOST = BULK_MIN_CLIENTS.max.toLocaleString('en');

export const BULK_MIN_CLIENTS_RULE: WholeNumberRule = {
  min: BULK_MIN_CLIENTS.min,
  max: BULK_MIN_CLIENTS.max,
  unit: 'clients',
  rule: `Give the fewest clients as a whole number from ${BULK_MIN_CLIENTS.min} to ${MOST}, digits only or grouped by thousands (for example 500 or 5,000)`,
  below: (text) => `${text} ${text === '1' ? 'client' : 'clients'} is no bulk operation: one changes at least two`,
  above: (text) => `${text} clients is more than the ${MOST} the list looks for`,
};
