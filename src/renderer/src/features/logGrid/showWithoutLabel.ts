import { paramsDropped } from '../../format/paramsDropped';
import { unreadNames, type IgnoredParam } from './readRoute';

/** Each parameter's name as the list shows it: as the address writes it when it is so named (`%`). */
const droppedNames = (ignored: readonly IgnoredParam[]): string[] =>
  unreadNames(ignored.map((item) => (item.written ? { ...item, param: item.written.split('=', 1)[0] ?? '' } : item)));

/**
 * The words of the link problems' button, naming what it drops ("Show the logs without gap"), which the
 * sentences of actions refused meanwhile quote too.
 */
export const showWithoutLabel = (showing: string, ignored: readonly IgnoredParam[]): string =>
  `Show ${showing} without ${paramsDropped(droppedNames(ignored))}`;
