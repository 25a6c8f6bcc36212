import type { LogFamily } from '../query/logQuery';

/** How many records of each family a reopened bundle holds. */
export type BundleFamilies = Readonly<Record<LogFamily, number>>;

const PLURALS: Readonly<Record<LogFamily, string>> = {
  operational: 'operational logs',
  activity: 'activity events',
};

/**
 * What a view reading `family` says in place of its empty answer when the reopened bundle holds none of
 * that family (`reads`, e.g. "Sessions come from activity events."), or null when it holds some or no
 * bundle is open: an empty view over a bundle that never held the family would read as "nothing happened".
 */
export function bundleLacks(families: BundleFamilies | null, family: LogFamily, reads: string): string | null {
  if (families === null || families[family] > 0) return null;
  const other: LogFamily = family === 'activity' ? 'operational' : 'activity';
  const held =
    families[other] > 0 ? `its queries read ${PLURALS[other]} only` : 'its queries matched no records at all';
  return `This bundle holds no ${PLURALS[family]}: ${held}. ${reads}`;
}
