/**
 * `useFocusOnAppliedRange(rangeKey)`: takes the keyboard to the range's first date field once a range
 * asked for elsewhere on the page (the header's "Show the span with logs") is applied. The button that
 * asked goes with the notice it sat in, and the field is where the range now applied is shown and changed.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useFocusOnAppliedRange(rangeKey: string) {
  const rangeRef = useRef<HTMLDivElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (!asked.current) return;
    asked.current = false;
    rangeRef.current?.querySelector<HTMLInputElement>('input[type="datetime-local"]')?.focus();
  }, [rangeKey]);
  const focusWhenApplied = useCallback(() => {
    asked.current = true;
  }, []);
  return { rangeRef, focusWhenApplied };
}
