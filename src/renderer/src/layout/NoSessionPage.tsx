import type { Failure } from '../../../shared/contract/errors';

/**
 * What a browser-mode tab shows instead of the console when it holds no valid session: an address
 * opened a second time (copied, from history), one without its launch token, or a tab reloaded after
 * the server restarted. It says why, and how to get an address that opens the console.
 */
export function NoSessionPage({ refusal }: { refusal: Failure }) {
  return (
    <main className="no-session" aria-labelledby="no-session-title">
      <h1 id="no-session-title">This address does not open the console</h1>
      <p role="alert">{refusal.message}</p>
      <h2>To get a fresh address</h2>
      <ol>
        <li>
          Go to the terminal where <code>audit-console serve</code> runs (start it again if it has stopped).
        </li>
        <li>
          Press Enter there: it prints a new line <code>Open: http://127.0.0.1:…/?launch=…</code>.
        </li>
        <li>Open that address in this browser. Each address opens the console once, in one tab.</li>
      </ol>
      <p className="muted">
        A tab that opened the console keeps it across reloads while that server runs; a copied or bookmarked address
        does not, so share the view&apos;s link only with people who run their own console.
      </p>
    </main>
  );
}
