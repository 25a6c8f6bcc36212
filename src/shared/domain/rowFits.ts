import { z } from 'zod';
import { ACTOR_TYPES, MANAGER_ACTION_TYPES, SOURCE_APPS, type ManagerChange } from './clientActivity';
import { LOG_ORIGINS, LOG_STATUSES, OPERATIONAL_ACTIONS, REQUEST_SOURCES } from './operationalLog';

/**
 * Quick checks for the rows a page or an export reads by the thousand. Each accepts only values its zod
 * schema accepts and gives back unchanged (`rowFits.test` holds them to that on valid and broken rows);
 * whatever one does not accept goes to the schema, which decides and names the misfit. The schema
 * copies every record it reads; these only look.
 */

type Row = Record<string, unknown>;

const INSTANT = z.iso.datetime({ offset: true });
const setOf = (values: readonly string[]) => new Set<unknown>(values);
const ACTIONS = setOf(OPERATIONAL_ACTIONS);
const ORIGINS = setOf(LOG_ORIGINS);
const STATUSES = setOf(LOG_STATUSES);
const SOURCES = setOf(REQUEST_SOURCES);
const ACTORS = setOf(ACTOR_TYPES);
const APPS = setOf(SOURCE_APPS);
const CHANGE_ACTIONS = setOf(MANAGER_ACTION_TYPES);
const CHANGE_KEYS = ['actionType', 'target', 'changedFields', 'before', 'after', 'bulkId', 'bulkSize'];

const text = (value: unknown): value is string => typeof value === 'string';
const word = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const textOrNull = (value: unknown) => value === null || typeof value === 'string';
const instant = (value: unknown) => typeof value === 'string' && INSTANT.safeParse(value).success;

/** A plain object whose keys are exactly `keys` (the schema would drop any other). */
function exactly(value: unknown, keys: readonly string[]): value is Row {
  if (!isPlain(value)) return false;
  let count = 0;
  for (const key in value) {
    if (!keys.includes(key)) return false;
    count += 1;
  }
  return count === keys.length;
}

/** What a zod record of unknown values gives back as it is: a plain object without a `__proto__` key. */
function isPlain(value: unknown): value is Row {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !Object.hasOwn(value, '__proto__');
}

const party = (value: unknown) =>
  value === null || (exactly(value, ['id', 'name']) && word(value.id) && text(value.name));

/** An operational row as the console builds it (every key of the schema, no other) that the schema accepts. */
export function fitsOperationalLog(row: Row): boolean {
  return (
    word(row.id) &&
    instant(row.created) &&
    ACTIONS.has(row.action) &&
    text(row.description) &&
    party(row.client) &&
    party(row.employee) &&
    party(row.api) &&
    word(row.businessModel) &&
    textOrNull(row.subModel) &&
    ORIGINS.has(row.origin) &&
    STATUSES.has(row.status) &&
    textOrNull(row.error) &&
    textOrNull(row.relatedOperation) &&
    textOrNull(row.impactedTable) &&
    SOURCES.has(row.source) &&
    text(row.appInstance) &&
    text(row.requestPath)
  );
}

/** A producer's `change` that ManagerChange accepts and gives back as it is. */
export function fitsManagerChange(value: unknown): value is ManagerChange {
  if (!exactly(value, CHANGE_KEYS)) return false;
  const { target, changedFields, bulkSize } = value;
  return (
    CHANGE_ACTIONS.has(value.actionType) &&
    exactly(target, ['type', 'id']) &&
    word(target.type) &&
    word(target.id) &&
    Array.isArray(changedFields) &&
    changedFields.every(text) &&
    isPlain(value.before) &&
    isPlain(value.after) &&
    textOrNull(value.bulkId) &&
    (bulkSize === null || (Number.isSafeInteger(bulkSize) && (bulkSize as number) >= 0))
  );
}

/** A client activity row as the console builds it (every key of the schema, no other) that the schema accepts. */
export function fitsClientActivity(row: Row): boolean {
  return (
    word(row.id) &&
    word(row.clientId) &&
    ACTORS.has(row.actorType) &&
    textOrNull(row.actorId) &&
    textOrNull(row.actorName) &&
    APPS.has(row.sourceApp) &&
    word(row.eventName) &&
    text(row.message) &&
    isPlain(row.metadata) &&
    instant(row.createdAt) &&
    (row.change === null || fitsManagerChange(row.change)) &&
    (row.changeIssue === undefined || (exactly(row.changeIssue, ['reason', 'raw']) && text(row.changeIssue.reason)))
  );
}
