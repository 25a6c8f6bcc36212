import { useEffect, useState } from 'react';

/**
 * `useSettledValue(value, key, ms)`: `value` once its `key` (a string standing for its content) has
 * not changed for `ms`, so a request follows an edit without one call per keystroke.
 */
export function useSettledValue<T>(value: T, key: string, ms = 300): T {
  const [settled, setSettled] = useState({ value, key });
  useEffect(() => {
    if (key === settled.key) return;
    const timer = setTimeout(() => setSettled({ value, key }), ms);
    return () => clearTimeout(timer);
    // key stands for value: a new object with the same content is the same value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms, settled.key]);
  return settled.value;
}
