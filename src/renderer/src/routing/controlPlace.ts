/**
 * Where a control stands on a page, said so that the same control can be found again once the page has
 * drawn it anew (a panel made afresh, a table reloaded after Back): what it is and is called (`key`: its
 * kind, its link, its name), the named part of the page it is in (`container`: a form, a table, a group
 * of checkboxes), which of the controls alike it is there (`ordinal`) and which of all its controls
 * (`index`), for when it is called something else now (a count beside a checkbox changed, a chip removed).
 */
export interface ControlPlace {
  key: string;
  container: string;
  ordinal: number;
  index: number;
}

/** What the keyboard reaches with Tab: a title focused for a moment (tabindex -1) is not one. */
const CONTROL = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** The parts of a page a control is found in again: those with a name of their own, controls aside. */
const CONTAINER = `:is(fieldset, [aria-label], [aria-labelledby]):not(${CONTROL})`;

/** Names are compared, not read: a long one is cut where it still tells two apart. */
const NAME_MAX = 300;

const textOf = (element: Element | null): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name, as far as the attributes and labels the console uses give it. */
function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.slice(0, NAME_MAX);
  const by = element.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(/\s+/)
      .map((id) => textOf(document.getElementById(id)))
      .join(' ')
      .slice(0, NAME_MAX);
  if (element instanceof HTMLFieldSetElement) return textOf(element.querySelector('legend')).slice(0, NAME_MAX);
  const labels = 'labels' in element ? (element.labels as NodeListOf<HTMLLabelElement> | null) : null;
  const text = labels && labels.length > 0 ? [...labels].map(textOf).join(' ') : textOf(element);
  return text.slice(0, NAME_MAX);
}

function keyOf(element: Element): string {
  const kind = [element.tagName, element.getAttribute('type'), element.getAttribute('role')];
  return [...kind, element.getAttribute('href'), nameOf(element)].join('|');
}

/** The nearest named part of the page around `element`, or the document. */
function containerOf(element: Element): ParentNode {
  return element.parentElement?.closest(CONTAINER) ?? document;
}

const containerName = (root: ParentNode): string => (root instanceof Element ? nameOf(root) : '');

/** The controls whose nearest named part is `root` itself, in the order Tab goes through them. */
function controlsOf(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CONTROL)].filter((control) => containerOf(control) === root);
}

function canTakeFocus(element: HTMLElement): boolean {
  if (element.matches(':disabled') || element.closest('[inert], [hidden]')) return false;
  return element.getClientRects().length > 0;
}

/** Whether the element is a control the keyboard reaches, and so one whose place is worth keeping. */
export function isControl(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.matches(CONTROL);
}

export function placeOf(control: HTMLElement): ControlPlace {
  const key = keyOf(control);
  const root = containerOf(control);
  const controls = controlsOf(root);
  return {
    key,
    container: containerName(root),
    ordinal: Math.max(0, controls.filter((each) => keyOf(each) === key).indexOf(control)),
    index: Math.max(0, controls.indexOf(control)),
  };
}

/**
 * The control at `place` on the page as drawn now: the same one, else (with `nearby`) the one at its
 * position in the same named part of the page; null when none there can take the focus.
 */
export function findPlace(place: ControlPlace, { nearby = false }: { nearby?: boolean } = {}): HTMLElement | null {
  const roots =
    place.container === ''
      ? [document]
      : [...document.querySelectorAll(CONTAINER)].filter((root) => nameOf(root) === place.container);
  for (const root of roots) {
    const controls = controlsOf(root);
    const alike = controls.filter((each) => keyOf(each) === place.key);
    const same = alike[Math.min(place.ordinal, alike.length - 1)];
    if (same && canTakeFocus(same)) return same;
    // Only within a named part of the page: at the same position in the whole page is anything at all.
    const near = nearby && place.container !== '' ? controls[Math.min(place.index, controls.length - 1)] : undefined;
    if (near && canTakeFocus(near)) return near;
  }
  return null;
}
