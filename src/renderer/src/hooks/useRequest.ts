import { useCallback, useEffect, useState } from 'react';
import type { Failure, Result } from '../../../shared/contract/errors';

/** The one request-state shape every view uses. */
export interface RequestState<T> {
  loading: boolean;
  error: Failure | null;
  /** The last answer; kept while a reload runs so views can show it as stale. */
  data: T | null;
  reload: () => void;
}

interface Settled<T> {
  key: readonly unknown[];
  result: Result<T>;
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

const unexpected: Failure = { ok: false, code: 'INTERNAL', message: 'The request failed unexpectedly.' };

export function useRequest<T>(run: () => Promise<Result<T>>, deps: readonly unknown[]): RequestState<T> {
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [lastData, setLastData] = useState<T | null>(null);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const key = [...deps, generation];
  useEffect(() => {
    let live = true;
    run().then(
      (result) => {
        if (!live) return;
        setSettled({ key, result });
        if (result.ok) setLastData(result.data);
      },
      () => {
        if (live) setSettled({ key, result: unexpected });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers list what `run` depends on
  }, key);
  const current = settled !== null && sameKey(settled.key, key) ? settled.result : null;
  return {
    loading: current === null,
    error: current && !current.ok ? current : null,
    data: current?.ok ? current.data : lastData,
    reload,
  };
}
