import { useEffect } from 'react';

/**
 * Calls `reload` `intervalMs` after each answer while `active`: `answer` is what the request last
 * settled with, so a slow answer is never overtaken by the next poll. Works the same over IPC and HTTP.
 */
export function usePollWhile(active: boolean, reload: () => void, answer: unknown, intervalMs = 500): void {
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(reload, intervalMs);
    return () => clearTimeout(timer);
  }, [active, reload, answer, intervalMs]);
}
