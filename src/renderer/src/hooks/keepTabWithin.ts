import type { KeyboardEvent } from 'react';

/** What Tab can reach inside a question: its buttons, links and fields that are not disabled. */
const TABBABLE =
  'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * Keeps Tab and Shift+Tab inside the question that `event` came from (`event.currentTarget`): from its last
 * control Tab goes to its first, from its first Shift+Tab goes to its last. While a question waits for its
 * answer, the keyboard cannot wander off where Escape would no longer reach it.
 */
export function keepTabWithin(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(TABBABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const at = controls.indexOf(document.activeElement as HTMLElement);
  const next = event.shiftKey
    ? at <= 0
      ? last
      : controls[at - 1]
    : at === controls.length - 1
      ? first
      : controls[at + 1];
  event.preventDefault();
  next?.focus();
}
