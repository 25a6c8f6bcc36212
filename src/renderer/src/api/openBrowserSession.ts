import { LAUNCH_PARAM, NO_SESSION_MESSAGE, SESSION_PATH } from '../../../shared/contract/browserSession';

/** A tab's browser-mode session: the header token its calls carry, or why it has none. */
export type BrowserSessionState = { header: string } | { header: null; refusal: string };

/** Per tab and per origin (so per port): a reload keeps the session, other local servers never see it. */
const STORAGE_KEY = 'audit-console-session';

async function spend(launch: string): Promise<{ header: string } | { refusal: string }> {
  try {
    const response = await fetch(SESSION_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ launch }),
    });
    const body = (await response.json()) as { ok: true; data: { session: string } } | { ok: false; message: string };
    return body.ok ? { header: body.data.session } : { refusal: body.message };
  } catch {
    return { refusal: 'The console server is not answering; is browser mode still running?' };
  }
}

/**
 * Spends the single-use launch token the address carries, after taking it out of the address bar
 * and the history entry, or picks up the session this tab already opened.
 */
export async function openBrowserSession(): Promise<BrowserSessionState> {
  const url = new URL(window.location.href);
  const launch = url.searchParams.get(LAUNCH_PARAM);
  const kept = window.sessionStorage.getItem(STORAGE_KEY);
  if (launch === null) return kept ? { header: kept } : { header: null, refusal: NO_SESSION_MESSAGE };
  url.searchParams.delete(LAUNCH_PARAM);
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  const spent = await spend(launch);
  if ('header' in spent) {
    window.sessionStorage.setItem(STORAGE_KEY, spent.header);
    return spent;
  }
  return kept ? { header: kept } : { header: null, refusal: spent.refusal };
}
