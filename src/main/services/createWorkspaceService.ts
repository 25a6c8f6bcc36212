import { ConsoleError } from '../../shared/contract/errors';
import type { Handlers } from '../router/createRouter';
import type { DemoDataSourceProvider } from '../workspace/DemoDataSourceProvider';
import { workspaceStateFor } from '../access/hideLocalPaths';

type WorkspaceHandlers = Pick<Handlers, 'workspace/status' | 'workspace/reset'>;

/**
 * The demo workspace's state and its Reset. Reset answers as soon as the rebuild has started: the
 * window follows it by polling `workspace/status` (or `app/info` while the demo is the source).
 */
export function createWorkspaceService(demo: DemoDataSourceProvider | undefined): WorkspaceHandlers {
  return {
    'workspace/status': (_request, { operator }) =>
      Promise.resolve(demo ? workspaceStateFor(operator, demo.state()) : { state: 'absent' }),
    'workspace/reset': () => {
      if (!demo) throw new ConsoleError('NOT_FOUND', 'This console has no demo workspace to recreate.');
      demo.reset().catch((error: unknown) => console.error('[demo workspace] could not be recreated', error));
      return Promise.resolve(demo.state());
    },
  };
}
