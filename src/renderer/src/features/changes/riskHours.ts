import type { WholeNumberRule } from '../../format/readWholeNumber';

/** The hours before a withdrawal the Risk page looks back over: what it starts with and what it takes. */
export const DEFAULT_RISK_HOURS = 48;
export const MAX_RISK_HOURS = 720;

/** The hours field's id: the notice of a bad link gives it the focus once gone. */
export const RISK_HOURS_FIELD = 'risk-hours';

export const RISK_HOURS: WholeNumberRule = {
  min: 1,
  max: MAX_RISK_HOURS,
  unit: 'hours',
  rule: `Give the hours as a whole number from 1 to ${MAX_RISK_HOURS}, digits only (for example ${DEFAULT_RISK_HOURS})`,
  below: (text) => `${text} hours finds nothing`,
  above: (text) => `${text} hours is more than the ${MAX_RISK_HOURS} (30 days) the view looks back`,
};
