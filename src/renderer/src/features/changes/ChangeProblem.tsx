import type { Failure } from '../../../../shared/contract/errors';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';

/** Why a change view cannot be shown, with what to do; the reason may quote an id from the logs or a link. */
export function ChangeProblem({ error, what }: { error: Failure; what: string }) {
  return (
    <div role="alert" className="change-problem">
      <p>
        {what} cannot be shown: {showHiddenCharacters(error.message)}
      </p>
      <p>
        <a href="#/risk">Go to the risk views</a> or <a href="#/logs">the operational logs</a>.
      </p>
    </div>
  );
}
