import { z } from 'zod';
import { OperatorIdentity } from '../domain/identity';
import { Role } from '../domain/roles';
import { OpenedBundle } from './bundleChannels';
import { WorkspaceState } from './workspaceChannels';
import { channel, Empty, type ContractPart } from './channelDefinition';

/**
 * How a cluster matches free text: on the word sub-field the console's index templates add (term
 * queries, fast), or on the text fields themselves where an index lacks it (same words for indices
 * analysed with the standard analyzer; slower).
 */
export const TextSearchPath = z.enum(['word sub-field', 'text field']);
export type TextSearchPath = z.infer<typeof TextSearchPath>;

export const DataSourceStatus = z.object({
  kind: z.enum(['elasticsearch', 'embedded']),
  /** What the status bar shows, e.g. "prod-eu (https://es.example:9200)" or "Demo data". */
  label: z.string(),
  /** `fault`: the console's own code failed while asking the cluster; nothing is known of the cluster. */
  state: z.enum(['connected', 'unreachable', 'fault', 'demo', 'bundle']),
  /** Why the source is not usable, in words; null when it is. */
  detail: z.string().nullable(),
  /** The cluster's version when connected. */
  version: z.string().nullable(),
  /** How each log family's free text is searched on this cluster; absent when not known (not connected, no indices). */
  textSearch: z.object({ operational: TextSearchPath, activity: TextSearchPath }).partial().optional(),
  /** The demo workspace behind an embedded demo source: build progress, or why it cannot be used. */
  workspace: WorkspaceState.optional(),
  /** The reopened bundle the console reads instead, read-only: its custody record and verdict. */
  bundle: OpenedBundle.optional(),
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

/** The channels of this part of the contract (see contract.ts). */
export const appContract = {
  'app/info': channel({ request: Empty, response: AppInfo, permission: 'app:read', audited: false }),
} satisfies ContractPart;
