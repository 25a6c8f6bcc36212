import groups from './sensitiveFields.json' with { type: 'json' };

/**
 * Which changed field names are sensitive, by group (contact, bank, payment, identity, status, limits).
 * The names live in `sensitiveFields.json`: amending the list is a data change, not a code change.
 * Names compare exactly, as producers write them into a change's `changedFields`.
 */
export const SENSITIVE_FIELD_GROUPS: Readonly<Record<string, readonly string[]>> = groups;

/** The groups, in the order the data file lists them. */
export const SENSITIVE_GROUP_NAMES = Object.keys(groups) as [string, ...string[]];

/** The groups a changed field name belongs to (usually one, none for an ordinary field). */
export function sensitiveGroupsOf(field: string): string[] {
  return SENSITIVE_GROUP_NAMES.filter((group) => SENSITIVE_FIELD_GROUPS[group]?.includes(field));
}
