import type { Failure } from '../../../../shared/contract/errors';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { useOperator } from '../access/OperatorContext';

/**
 * Why a change view cannot be shown, with what to do; the reason may quote an id from the logs or a link.
 * It offers only the pages the operator's role may read: while the role is not known, both.
 */
export function ChangeProblem({ error, what }: { error: Failure; what: string }) {
  const { role, permissions } = useOperator();
  const may = (permission: 'activity:read' | 'logs:read') => role === null || permissions.includes(permission);
  const risk = may('activity:read');
  const logs = may('logs:read');
  return (
    <div role="alert" className="change-problem">
      <p>
        {what} cannot be shown: {showHiddenCharacters(error.message)}
      </p>
      {risk && logs && (
        <p>
          <a href="#/risk">Go to the risk views</a> or <a href="#/logs">the operational logs</a>.
        </p>
      )}
      {risk && !logs && (
        <p>
          <a href="#/risk">Go to the risk views</a>.
        </p>
      )}
      {!risk && logs && (
        <p>
          <a href="#/logs">Go to the operational logs</a>.
        </p>
      )}
    </div>
  );
}
