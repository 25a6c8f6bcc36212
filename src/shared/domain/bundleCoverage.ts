import { z } from 'zod';
import { LOG_FAMILIES, type LogFamily } from '../query/logQuery';
import { resolveTimeRange } from '../query/timeRange';
import type { BundleQuery } from './bundleFormat';
import { filterLabel } from '../query/filterLabel';
import { listFirstOf, listInSentence } from './listInSentence';
import { maskSensitiveText } from './maskSensitiveText';
import { clientIdInSentence, quotedInSentence, shownInSentence } from './shownInSentence';

/** One other filter that narrowed a query: its key, whether it left its values out, and those values (secrets masked). */
export const Narrowing = z.object({ key: z.string(), excluded: z.boolean(), values: z.array(z.string()) });
export type Narrowing = z.infer<typeof Narrowing>;

/** The ground one query of a reopened bundle covered: its records are all the bundle knows of it. */
export const CoveredGround = z.object({
  family: z.enum(LOG_FAMILIES),
  /** The clients it was limited to (its client filter, within the exporter's scope); null: every client. */
  clientIds: z.array(z.string()).nullable(),
  /** Its period as it ran, UTC; null where open. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Its free text; null when it had none. */
  text: z.string().nullable(),
  /** The other filters that narrowed it (action, eventName…), included or left out. */
  narrowedBy: z.array(Narrowing),
});
export type CoveredGround = z.infer<typeof CoveredGround>;

/** What a view over a reopened bundle reads: one family, for some clients (or all) over some period (or all). */
export interface ViewAsk {
  family: LogFamily;
  /** The clients the view reads; absent or empty: every client. */
  clientIds?: readonly string[];
  from?: string | null;
  to?: string | null;
}

/**
 * What a view says about the bundle's coverage: `outside` when the view asks only for what no query of the
 * bundle covered (its empty answer would read as "nothing happened"), else that the covered ground is
 * narrower than what the view asks for (what it shows may lack the rest).
 */
export interface CoverageNote {
  outside: boolean;
  text: string;
  /** What the queries covered, as the opening of `text` says it, when the view asks for more. */
  covered?: string;
}

const PLURALS: Readonly<Record<LogFamily, string>> = { operational: 'operational logs', activity: 'activity events' };
const NAMED_CLIENTS = 3;
const NAMED_VALUES = 3;

type Filters = Readonly<Record<string, readonly string[] | undefined>>;

/** A query's filters as narrowings, each value as redaction shows it: main records them, the renderer reads them. */
const narrowingsOf = (filters: Filters, excluded: boolean): Narrowing[] =>
  Object.entries(filters).flatMap(([key, values]) =>
    values && values.length > 0 ? [{ key, excluded, values: values.map(maskSensitiveText) }] : [],
  );

/** The ground a bundle's query covered, from the query as it ran and the exporter's scope. */
export function coveredGroundOf(entry: BundleQuery): CoveredGround {
  const { query } = entry;
  const { clientId, ...others } = query.filters as Filters;
  const filtered = clientId && clientId.length > 0 ? [...clientId] : null;
  const scope = entry.scopeClientIds;
  const clientIds =
    scope === null ? filtered : filtered === null ? [...scope] : filtered.filter((id) => scope.includes(id));
  const range = resolveTimeRange(query.timeRange, Date.parse(entry.resolvedAt));
  return {
    family: entry.family,
    clientIds,
    from: range.fromMs === undefined ? null : new Date(range.fromMs).toISOString(),
    to: range.toMs === undefined ? null : new Date(range.toMs).toISOString(),
    text: query.text ? query.text : null,
    narrowedBy: [...narrowingsOf(others, false), ...narrowingsOf((query.exclude ?? {}) as Filters, true)],
  };
}

const minute = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

function periodText(from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return `${minute(from)} to ${minute(to)}`;
  if (from) return `${minute(from)} on`;
  if (to) return `up to ${minute(to)}`;
  return 'all time';
}

function clientsText(ids: readonly string[]): string {
  const shown = ids.map(clientIdInSentence);
  const named = shown.length > NAMED_CLIENTS ? listFirstOf(shown, NAMED_CLIENTS) : listInSentence(shown);
  return `${ids.length === 1 ? 'client' : 'clients'} ${named}`;
}

/**
 * One narrowing as the filter panel and chips name it, its values quoted: "Event is “login”", "Action is
 * one of “create” and “update”", "Status is not “error”", "Status is none of “error” and “warn”".
 */
function narrowingText(family: LogFamily, { key, excluded, values }: Narrowing): string {
  const quoted = values.map((value) => quotedInSentence(value));
  const named = quoted.length > NAMED_VALUES ? listFirstOf(quoted, NAMED_VALUES) : listInSentence(quoted);
  const verb = quoted.length === 1 ? (excluded ? 'is not' : 'is') : excluded ? 'is none of' : 'is one of';
  return `${shownInSentence(filterLabel(family, key))} ${verb} ${named}`;
}

const overlaps = (ground: CoveredGround, ask: ViewAsk) =>
  (!ask.from || !ground.to || Date.parse(ground.to) >= Date.parse(ask.from)) &&
  (!ask.to || !ground.from || Date.parse(ground.from) <= Date.parse(ask.to));

const holdsPeriod = (ground: CoveredGround, ask: ViewAsk) =>
  (!ground.from || (!!ask.from && Date.parse(ground.from) <= Date.parse(ask.from))) &&
  (!ground.to || (!!ask.to && Date.parse(ground.to) >= Date.parse(ask.to)));

const holdsClients = (ground: CoveredGround, asked: readonly string[]) =>
  ground.clientIds === null || (asked.length > 0 && asked.every((id) => ground.clientIds?.includes(id)));

/** Whether one query's ground holds everything the view asks for. */
const holdsAsk = (ground: CoveredGround, ask: ViewAsk, asked: readonly string[]) =>
  ground.text === null && ground.narrowedBy.length === 0 && holdsClients(ground, asked) && holdsPeriod(ground, ask);

function groundText(ground: CoveredGround, ask: ViewAsk, asked: readonly string[]): string {
  const parts: string[] = [];
  if (!holdsClients(ground, asked) && ground.clientIds) parts.push(clientsText(ground.clientIds));
  if (!holdsPeriod(ground, ask)) parts.push(periodText(ground.from, ground.to));
  if (ground.text !== null) parts.push(`records matching ${quotedInSentence(ground.text)}`);
  if (ground.narrowedBy.length > 0) {
    const narrowings = ground.narrowedBy.map((narrowing) => narrowingText(ground.family, narrowing));
    parts.push(`records where ${listInSentence(narrowings)}`);
  }
  return listInSentence(parts);
}

const queriesOf = (family: LogFamily, count: number) =>
  `${PLURALS[family].replace(/s$/, '')} ${count === 1 ? 'query' : 'queries'}`;

/**
 * What a view over a reopened bundle says about what the bundle's queries covered, or null when it covers
 * all the view asks for (an empty answer there is a true 0) or no bundle is open (`ground` null). `reads`
 * says what the view reads, e.g. "Sessions come from activity events.".
 */
export function bundleCoverage(
  ground: readonly CoveredGround[] | null,
  ask: ViewAsk,
  reads: string,
): CoverageNote | null {
  if (ground === null) return null;
  const { family } = ask;
  const asked = ask.clientIds ?? [];
  const ofFamily = ground.filter((each) => each.family === family);
  if (ofFamily.length === 0) {
    const other: LogFamily = family === 'activity' ? 'operational' : 'activity';
    return {
      outside: true,
      text: `This bundle holds no ${PLURALS[family]}: its queries read ${PLURALS[other]} only. ${reads}`,
    };
  }
  const label = `This bundle’s ${queriesOf(family, ofFamily.length)}`;
  const forClients = ofFamily.filter(
    (each) => each.clientIds === null || asked.length === 0 || asked.some((id) => each.clientIds?.includes(id)),
  );
  if (forClients.length === 0) {
    const covered = [...new Set(ofFamily.flatMap((each) => each.clientIds ?? []))];
    return {
      outside: true,
      text: `${label} covered ${covered.length === 0 ? 'no client' : clientsText(covered)} only: it holds nothing on ${clientsText(asked)}, which does not mean there was nothing. ${reads}`,
    };
  }
  const inPeriod = forClients.filter((each) => overlaps(each, ask));
  if (inPeriod.length === 0) {
    const periods = [...new Set(forClients.map((each) => periodText(each.from, each.to)))];
    return {
      outside: true,
      text: `${label} covered ${listInSentence(periods)} only: it holds nothing from ${periodText(ask.from, ask.to)}, which does not mean there was nothing. ${reads}`,
    };
  }
  if (inPeriod.some((each) => holdsAsk(each, ask, asked))) return null;
  const grounds = [...new Set(inPeriod.map((each) => groundText(each, ask, asked)))];
  const covered = `${label} covered only ${grounds.join('; or ')}`;
  return {
    outside: false,
    text: `${covered}: nothing outside that is shown here, which does not mean there was nothing.`,
    covered,
  };
}
