/**
 * How a browser-mode tab gets its session: the launch address carries a single-use token in this
 * query parameter; the page spends it by POSTing `{ launch }` to SESSION_PATH, receives the header
 * token (and an HttpOnly cookie), and sends the header token with every call.
 */
export const LAUNCH_PARAM = 'launch';
export const SESSION_PATH = '/session';
export const SESSION_HEADER = 'x-audit-console-session';

/** Said wherever a tab has no session: the way to get one. */
export const NO_SESSION_MESSAGE =
  'This tab has no console session: open a new address from the terminal running browser mode ' +
  '(press Enter there for one; each address opens the console once).';
