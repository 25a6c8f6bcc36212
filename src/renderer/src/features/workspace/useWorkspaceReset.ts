import { useCallback, useState } from 'react';
import type { Failure } from '../../../../shared/contract/errors';
import { useApi } from '../../api/ApiContext';

/** Asks main to delete and regenerate the demo workspace; `onStarted` refreshes whoever shows its state. */
export function useWorkspaceReset(onStarted: () => void) {
  const api = useApi();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const reset = useCallback(async () => {
    setPending(true);
    setError(null);
    const result = await api.resetWorkspace({});
    setPending(false);
    if (result.ok) onStarted();
    else setError(result);
  }, [api, onStarted]);
  return { reset, pending, error };
}
