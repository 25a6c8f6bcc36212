import { isControl, placeOf, type ControlPlace } from './controlPlace';
import { routeOfHash } from './useHashRoute';

/**
 * What a change of address came from, for the page it arrived at: `returnTo`, on Back or Forward, the
 * control that held the focus when the entry arrived at was left (the link followed from it); `held`, the
 * control that held the focus when the address changed, if any; `samePath`, whether only the parameters
 * changed.
 */
export interface Arrival {
  route: string;
  samePath: boolean;
  returnTo: ControlPlace | null;
  held: ControlPlace | null;
}

/** Each entry of the window's history carries a mark of its own, so Back and Forward tell where they came to. */
const MARK = 'focusEntry';

let marksMade = 0;

function markOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const mark = (state as Record<string, unknown>)[MARK];
  return typeof mark === 'string' ? mark : null;
}

/** The current entry's mark, made now if it has none (a new entry, an entry from before a reload keeps its). */
function markEntry(): string {
  const state: unknown = window.history.state;
  const existing = markOf(state);
  if (existing !== null) return existing;
  const mark = `${performance.timeOrigin}-${++marksMade}`;
  const kept = typeof state === 'object' && state !== null ? state : {};
  window.history.replaceState({ ...kept, [MARK]: mark }, '');
  return mark;
}

const pathOf = (url: string): string => routeOfHash(new URL(url).hash).split('?', 1)[0] ?? '';

/** The route the latest Back or Forward came to, when it gives the focus back to a control in a row there. */
let returningToRow: string | null = null;

/**
 * Whether the focus goes back to a control in a table's or grid's row that `route` was left from (Back or
 * Forward to it, e.g. a row's client link followed): a page drawn for it leaves the focus alone, rather than
 * placing it on a part shown again (a detail restored).
 */
export function focusReturnsToRowAt(route: string): boolean {
  return returningToRow === route;
}

/**
 * Follows the focus across the window's history: the control that had it when each entry was left, so
 * that coming back to the entry finds it again, and the control that had it when the address changed.
 */
export class FocusHistory {
  private readonly leftAt = new Map<string, ControlPlace>();
  /** The entries left from a control in a row. */
  private readonly leftFromRow = new Set<string>();
  private entry = '';
  private last: { control: HTMLElement; place: ControlPlace } | null = null;
  private arrival: Arrival | null = null;

  /** Listens to the focus and the address from now on; returns how to stop. */
  start(): () => void {
    this.entry = markEntry();
    const noteFocus = (event: FocusEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      this.last = isControl(target) ? { control: target, place: placeOf(target) } : null;
    };
    // Captured, so it runs before the page is drawn for the new address: the old page is still there.
    const noteAddress = (event: HashChangeEvent) => this.arrive(event);
    document.addEventListener('focusin', noteFocus);
    window.addEventListener('hashchange', noteAddress, { capture: true });
    return () => {
      document.removeEventListener('focusin', noteFocus);
      window.removeEventListener('hashchange', noteAddress, { capture: true });
    };
  }

  /** How `route` was arrived at, or null when the console opened on it. */
  arrivalAt(route: string): Arrival | null {
    return this.arrival?.route === route ? this.arrival : null;
  }

  private arrive({ oldURL, newURL }: HashChangeEvent): void {
    const held = this.heldPlace();
    if (held) this.leftAt.set(this.entry, held);
    else this.leftAt.delete(this.entry);
    if (held && this.last?.control.closest('[role="row"], tr')) this.leftFromRow.add(this.entry);
    else this.leftFromRow.delete(this.entry);
    const came = markOf(window.history.state);
    this.entry = came ?? markEntry();
    this.arrival = {
      route: routeOfHash(new URL(newURL).hash),
      samePath: pathOf(oldURL) === pathOf(newURL),
      returnTo: came === null ? null : (this.leftAt.get(came) ?? null),
      held,
    };
    const toRow = came !== null && this.arrival.returnTo !== null && this.leftFromRow.has(came);
    returningToRow = toRow ? this.arrival.route : null;
  }

  /** The control that holds the focus, or held it until the page took it away; null when none did. */
  private heldPlace(): ControlPlace | null {
    if (!this.last) return null;
    const { control, place } = this.last;
    if (!control.isConnected) return place;
    return control === document.activeElement ? placeOf(control) : null;
  }
}
