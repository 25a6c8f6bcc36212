import type { KeyboardEvent } from 'react';

/** What Tab can reach: fields, buttons, links, a details' summary, and of each radio group its checked radio. */
const TABBABLE =
  'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function tabbableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => {
    if (element.closest('fieldset:disabled') || element.getClientRects().length === 0) return false;
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.checked) return true;
    // An unchecked radio is reached by arrows, not Tab, unless its group has none checked: then its first.
    const group = [...container.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${element.name}"]`)];
    return !group.some((radio) => radio.checked) && group[0] === element;
  });
}

/**
 * Keeps Tab and Shift+Tab inside a dialog (`event.currentTarget`): from its last control Tab goes to its
 * first, from its first Shift+Tab to its last; between them the browser moves the focus as usual. A modal
 * `<dialog>` alone lets Tab leave the page for the browser's own controls, where Escape no longer closes it.
 * A question inside the dialog that keeps Tab itself (it prevents the default) is left to do so.
 */
export function keepTabInDialog(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const controls = tabbableIn(event.currentTarget);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  const atEdge = event.shiftKey ? active === first || active === event.currentTarget : active === last;
  if (!atEdge) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}
