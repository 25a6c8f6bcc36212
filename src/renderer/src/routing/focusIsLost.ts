/** Whether the keyboard has no place: the focus is on nothing, or on a control the page took away. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}
