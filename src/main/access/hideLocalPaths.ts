import type { DataSourceStatus } from '../../shared/contract/appInfo';
import type { WorkspaceState } from '../../shared/contract/workspaceChannels';
import { hasPermission, type Operator } from '../../shared/domain/roles';

/** An absolute POSIX or Windows path in text; not the path part of a URL (preceded by a host or port). */
const ABSOLUTE_PATH = /(?<![\w:/.~-])(?:\/[^\s/'"`()<>]+)+\/?|\b[A-Za-z]:\\[^\s'"`()<>]+/g;

function fileName(path: string): string {
  const name =
    path
      .replace(/[/\\]+$/, '')
      .split(/[/\\]/)
      .pop() ?? '';
  return `…/${name}`;
}

/** The text with every absolute local path cut down to its file name. */
export function withoutLocalPaths(text: string): string {
  return text.replace(ABSOLUTE_PATH, fileName);
}

function workspaceFor(state: WorkspaceState): WorkspaceState {
  if (state.state === 'ready') return { ...state, path: fileName(state.path) };
  if (state.state === 'failed') return { ...state, message: withoutLocalPaths(state.message) };
  return state;
}

/**
 * Where the console keeps its files is for those who manage it: other roles see file names only, so
 * the answers they get do not map the workstation's folders (user names, home folders).
 */
export function workspaceStateFor(operator: Operator, state: WorkspaceState): WorkspaceState {
  return hasPermission(operator, 'settings:manage') ? state : workspaceFor(state);
}

export function dataSourceStatusFor(operator: Operator, status: DataSourceStatus): DataSourceStatus {
  if (hasPermission(operator, 'settings:manage')) return status;
  return {
    ...status,
    label: withoutLocalPaths(status.label),
    detail: status.detail === null ? null : withoutLocalPaths(status.detail),
    ...(status.workspace ? { workspace: workspaceFor(status.workspace) } : {}),
  };
}
