import { z } from 'zod';
import { OperatorIdentity } from '../domain/identity';
import { Role } from '../domain/roles';
import { WorkspaceState } from './workspaceChannels';

export const DataSourceStatus = z.object({
  kind: z.enum(['elasticsearch', 'embedded']),
  /** What the status bar shows, e.g. "prod-eu (https://es.example:9200)" or "Demo data". */
  label: z.string(),
  state: z.enum(['connected', 'unreachable', 'demo', 'bundle']),
  /** Why the source is not usable, in words; null when it is. */
  detail: z.string().nullable(),
  /** The cluster's version when connected. */
  version: z.string().nullable(),
  /** The demo workspace behind an embedded demo source: build progress, or why it cannot be used. */
  workspace: WorkspaceState.optional(),
});
export type DataSourceStatus = z.infer<typeof DataSourceStatus>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(['ipc', 'http', 'cli']),
  operator: z.object({ id: z.string(), name: z.string(), role: Role }),
  /** Who vouches for the operator; what every screen says about it. */
  identity: OperatorIdentity,
  dataSource: DataSourceStatus,
});
export type AppInfo = z.infer<typeof AppInfo>;
