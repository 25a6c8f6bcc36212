import { ConsoleError } from '../../shared/contract/errors';
import { listInSentence } from '../../shared/domain/listInSentence';
import { quotedInSentence, SHOWN_ID_IN_HEADING, shownInSentence } from '../../shared/domain/shownInSentence';
import { EDIT_CHANGE_TYPES } from '../../shared/domain/riskRules';
import { ActivityQuery } from '../../shared/query/logQuery';
import type { LogSource, SearchOptions } from '../../shared/query/logSource';
import { bulkActors } from '../changes/bulkActors';
import { bulkChangeSet, type BulkOperationTotals } from '../changes/bulkChangeSet';
import { collectRows, type Collected } from '../changes/collectRows';
import { describeChange } from '../changes/describeChange';
import { entityHistory } from '../changes/entityHistory';
import { bulkClientCount } from '../changes/risk/bulkClientCount';
import { withClientNames } from '../changes/risk/withClientNames';
import type { Handlers } from '../router/createRouter';
import type { ActiveSource } from '../sources/ActiveSource';
import { scopeOptions } from './scopeOptions';

type ChangeHandlers = Pick<Handlers, 'changes/diff' | 'changes/history' | 'changes/bulk'>;

/** The most edits of one entity a history steps through; older first, so the newest are left out. */
export const MAX_HISTORY_EDITS = 2_000;
/** The most events of one bulk operation read into its change set. */
export const MAX_BULK_EVENTS = 10_000;

const oldestFirst = { field: 'createdAt', direction: 'asc' } as const;
const newestFirst = { field: 'createdAt', direction: 'desc' } as const;
const cursorOwner = (options: SearchOptions) => (options.operatorId ? { operatorId: options.operatorId } : {});
/** An id from a link as the page's heading shows it, so a sentence about the page names it as the heading does. */
const idAsHeaded = (id: string) => shownInSentence(id, SHOWN_ID_IN_HEADING);

/**
 * Why a history finds no edits when no edit in the log the operator can see is of an entity of that type,
 * naming the types edits are of; null when some edit is (or may be) of that type: then only the id is unknown.
 */
async function unknownTypeProblem(
  source: LogSource,
  targetType: string,
  options: SearchOptions,
): Promise<string | null> {
  const edits = ActivityQuery.parse({ family: 'activity', filters: { changeType: [...EDIT_CHANGE_TYPES] } });
  const [facet] = await source.facets(edits, ['targetType'], options);
  const types = (facet?.buckets ?? []).map((bucket) => bucket.value).sort();
  // Past the types a facet lists, whether this one is among them cannot be told: then only the id is said.
  if (types.includes(targetType) || (facet?.otherCount ?? 0) > 0) return null;
  const known = types.length === 0 ? 'it holds no edits at all' : `the types edited there are ${listInSentence(types)}`;
  return `${quotedInSentence(targetType)} is not an entity type of any edit in the log you can see; ${known}. Check the entity type in the link, or the data source it came from.`;
}

export interface ChangeServiceOptions {
  /** The most events of one bulk operation read into its change set; MAX_BULK_EVENTS unless given (tests lower it). */
  maxBulkEvents?: number;
}

/**
 * A bulk operation's size and end over all its events: its clients counted by the source, as the Risk page
 * counts them; its events, newest event and actors from the rows when they are all of it, else asked for.
 */
async function bulkTotals(
  source: LogSource,
  query: ActivityQuery,
  options: SearchOptions,
  { rows, truncated }: Collected,
): Promise<BulkOperationTotals> {
  const clients = await bulkClientCount(source, query, options);
  const last = rows.at(-1);
  if (!truncated && last) return { events: rows.length, clients, endedAt: last.createdAt };
  const newest = await source.search({ ...query, sort: newestFirst, pageSize: 10 }, options);
  if (newest.nextCursor) await source.releaseCursor('activity', newest.nextCursor, cursorOwner(options));
  const [latest = last] = newest.family === 'activity' ? newest.rows : [];
  if (!latest) throw new Error('A bulk operation is counted only once some of its events are read');
  const events = newest.total.value;
  const actors = await bulkActors(source, query, options, rows, events);
  return { events, clients, endedAt: latest.createdAt, actors };
}

/**
 * The change views: one event's before and after, one entity's edits in order, one bulk operation as a
 * change set. Each reads the current source with the operator's scope, so a scoped operator's links to
 * events of other clients find nothing, exactly as a link to an event that does not exist.
 */
export function createChangeService(
  dataSources: Pick<ActiveSource, 'current'>,
  { maxBulkEvents = MAX_BULK_EVENTS }: ChangeServiceOptions = {},
): ChangeHandlers {
  return {
    'changes/diff': async ({ eventId }, { operator, signal }) => {
      const source = await dataSources.current();
      const query = ActivityQuery.parse({ family: 'activity', filters: { eventId: [eventId] }, pageSize: 10 });
      const page = await source.search(query, scopeOptions(operator, signal));
      const event = page.family === 'activity' ? page.rows[0] : undefined;
      if (!event) {
        throw new ConsoleError(
          'NOT_FOUND',
          `No event with id ${idAsHeaded(eventId)} is in the log you can see; check the link, or the data source it came from.`,
          'eventId',
        );
      }
      // Named as the rest of the console names clients; the event's own client, so within the scope.
      const [named] = await withClientNames(source, [event], scopeOptions(operator, signal));
      return { ...describeChange(event), clientName: named?.clientName ?? null };
    },
    'changes/history': async ({ targetType, targetId }, { operator, signal }) => {
      const source = await dataSources.current();
      const query = ActivityQuery.parse({
        family: 'activity',
        filters: { targetType: [targetType], targetId: [targetId], changeType: [...EDIT_CHANGE_TYPES] },
        sort: oldestFirst,
      });
      const { rows, truncated } = await collectRows(source, query, scopeOptions(operator, signal), MAX_HISTORY_EDITS);
      if (rows.length === 0) {
        const unknownType = await unknownTypeProblem(source, targetType, scopeOptions(operator, signal));
        if (unknownType) throw new ConsoleError('NOT_FOUND', unknownType, 'targetType');
        throw new ConsoleError(
          'NOT_FOUND',
          `No edits of ${idAsHeaded(targetType)} ${idAsHeaded(targetId)} are in the log you can see; check the link, or the data source it came from.`,
          'targetId',
        );
      }
      return entityHistory({ type: targetType, id: targetId }, rows, truncated);
    },
    'changes/bulk': async ({ bulkId }, { operator, signal }) => {
      const source = await dataSources.current();
      const query = ActivityQuery.parse({ family: 'activity', filters: { bulkId: [bulkId] }, sort: oldestFirst });
      const options = scopeOptions(operator, signal);
      const collected = await collectRows(source, query, options, maxBulkEvents);
      if (collected.rows.length === 0) {
        throw new ConsoleError(
          'NOT_FOUND',
          `No bulk operation ${idAsHeaded(bulkId)} is in the log you can see; check the link, or the data source it came from.`,
          'bulkId',
        );
      }
      const set = bulkChangeSet(
        bulkId,
        collected.rows,
        collected.truncated,
        await bulkTotals(source, query, options, collected),
      );
      // Each member named as the rest of the console names clients, so namesakes are told apart by their id.
      return { ...set, members: await withClientNames(source, set.members, options) };
    },
  };
}
