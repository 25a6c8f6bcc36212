/**
 * `<SavedViewsProblem error onDone />`: why the saved views could not be read; a file that cannot be read at
 * all offers "Start afresh", which keeps it aside under a name of its own (nothing is deleted) and says where.
 */
import type { Failure } from '../../../../shared/contract/errors';
import { useApi } from '../../api/ApiContext';

interface SavedViewsProblemProps {
  error: Failure | null;
  /** Says how starting afresh went (null when there was nothing to keep aside); the views are read again. */
  onDone: (message: { text: string; failed: boolean } | null) => void;
}

export function SavedViewsProblem({ error, onDone }: SavedViewsProblemProps) {
  const api = useApi();
  if (!error) return null;
  const startAfresh = async () => {
    const result = await api.resetPreferences({});
    if (!result.ok) onDone({ text: result.message, failed: true });
    else if (result.data.keptAs) {
      const text = `The damaged file is kept as ${result.data.keptAs} in the console’s data folder; your views start afresh.`;
      onDone({ text, failed: false });
    } else onDone(null);
  };
  return (
    <span role="alert" className="error" data-testid="saved-views-error">
      {error.message}{' '}
      {error.code === 'CORRUPT' && (
        <button type="button" onClick={() => void startAfresh()}>
          Start afresh
        </button>
      )}
    </span>
  );
}
