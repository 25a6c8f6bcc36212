/** The rules the risk views apply, in one place. */

/** The client event a withdrawal is: what edits of financial or contact data are paired with. */
export const WITHDRAWAL_EVENT = 'client.withdrawal_submitted';

/** Groups of sensitive fields (see sensitiveFields.json) a risk officer calls financial or contact data. */
export const FINANCIAL_AND_CONTACT_GROUPS = ['contact', 'bank', 'payment', 'limits'] as const;

/**
 * A manager's usual hours: each hour of the day (UTC) with at least `share` of their edits within
 * `windowHours` of it, judged once they have made `minimumEdits` edits in the period.
 */
export const USUAL_HOURS = { windowHours: 2, share: 0.03, minimumEdits: 50 } as const;

/** Change types that change something: every manager change but a view. */
export const EDIT_CHANGE_TYPES = ['create', 'update', 'bulkUpdate'] as const;
