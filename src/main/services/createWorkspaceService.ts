import type { Handlers } from '../router/createRouter';
import type { DemoSource } from '../workspace/DemoSource';
import { workspaceStateFor } from '../access/hideLocalPaths';

type WorkspaceHandlers = Pick<Handlers, 'workspace/status' | 'workspace/reset'>;

/**
 * The demo workspace's state and its Reset. Reset answers as soon as the rebuild has started: the
 * window follows it by polling `workspace/status` (or `app/info` while the demo is the source).
 */
export function createWorkspaceService(demo: Pick<DemoSource, 'state' | 'reset'>): WorkspaceHandlers {
  return {
    'workspace/status': (_request, { operator }) => Promise.resolve(workspaceStateFor(operator, demo.state())),
    'workspace/reset': () => {
      demo.reset().catch((error: unknown) => console.error('[demo workspace] could not be recreated', error));
      return Promise.resolve(demo.state());
    },
  };
}
