import { ConsoleError } from '../../shared/contract/errors';
import type { Operator } from '../../shared/domain/roles';
import type { SearchOptions } from '../../shared/query/logSource';

/**
 * The source options for this operator: the cancel signal, who the cursors are issued to and, for
 * scoped roles, the clients they may see. Asking by name for a client outside the scope is refused
 * rather than silently emptied, with the way out where it was asked: the client filter or a client's page.
 */
export function scopeOptions(
  operator: Operator,
  signal: AbortSignal,
  requestedClientIds?: readonly string[],
  askedBy: 'filter' | 'page' = 'filter',
): SearchOptions {
  if (!operator.scope) return { signal, operatorId: operator.id };
  const allowed = new Set(operator.scope.clientIds);
  if (allowed.size === 0) {
    throw new ConsoleError('FORBIDDEN', 'No clients are assigned to you yet; ask a console admin to set your scope.');
  }
  const outside = (requestedClientIds ?? []).filter((id) => !allowed.has(id));
  if (outside.length > 0) {
    const them = outside.length === 1 ? 'it' : 'them';
    const said = `Outside your scope: client ${outside.join(', ')}.`;
    // A client page names its client in its address: the fix is another client, or a wider scope.
    if (askedBy === 'page') {
      throw new ConsoleError(
        'FORBIDDEN',
        `${said} Open one of your own clients, or ask a console admin to add ${them} to your scope.`,
      );
    }
    // Bound to the client filter: asking again is refused again, and the fix is in the filters.
    throw new ConsoleError(
      'FORBIDDEN',
      `${said} Take ${them} out of the client filter, or ask a console admin to add ${them} to your scope.`,
      'filters.clientId',
    );
  }
  return { signal, operatorId: operator.id, scopeClientIds: operator.scope.clientIds };
}
