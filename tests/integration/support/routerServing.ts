import { createRouter, type Router } from '../../../src/main/router/createRouter';
import type { Operator } from '../../../src/shared/domain/roles';
import { refusingHandlers } from '../../unit/main/router/refusingHandlers';

/**
 * The router the console builds, serving only the handlers or whole services in `served` (a call to any
 * other channel is refused), for whoever `operator` says is at the keyboard, journaling nothing.
 */
export function routerServing(served: object, operator: () => Operator): Router {
  return createRouter({
    handlers: refusingHandlers(served),
    currentOperator: operator,
    journal: { record: () => Promise.resolve() },
  });
}

/** What `router` answers on `channel` to a renderer's `payload`; a refusal fails the test, naming its code. */
export async function answered<T>(router: Router, channel: string, payload: unknown): Promise<T> {
  const result = await router.handle(channel, payload, { trusted: true });
  if (!result.ok) throw new Error(`${channel} refused: ${result.code} ${result.message}`);
  return result.data as T;
}
