import { Fragment } from 'react';
import type { Failure } from '../../../../shared/contract/errors';
import type { Permission } from '../../../../shared/domain/roles';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { useOperator } from '../access/OperatorContext';

/**
 * Why a change view cannot be shown, with what to do; the reason may quote an id from the logs or a link.
 * It offers only the pages the operator's role may read: while the role is not known, both.
 */
export function ChangeProblem({ error, what }: { error: Failure; what: string }) {
  const { role, permissions } = useOperator();
  const may = (permission: Permission) => role === null || permissions.includes(permission);
  const links = [
    may('activity:read') && { href: '#/risk', text: 'the risk views' },
    may('logs:read') && { href: '#/logs', text: 'the operational logs' },
  ].filter((link) => link !== false);
  return (
    <div role="alert" className="change-problem">
      <p>
        {what} cannot be shown: {showHiddenCharacters(error.message)}
      </p>
      {links.length > 0 && (
        <p>
          {links.map((link, index) => (
            <Fragment key={link.href}>
              {index > 0 && ' or '}
              <a href={link.href}>{index === 0 ? `Go to ${link.text}` : link.text}</a>
            </Fragment>
          ))}
          .
        </p>
      )}
    </div>
  );
}
