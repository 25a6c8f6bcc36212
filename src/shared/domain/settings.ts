import { z } from 'zod';
import { DEFAULT_FIELD_MAPPING, DEFAULT_INDEX_PATTERNS, FieldMapping } from './fieldMapping';
import { Operator, Role } from './roles';

export const ConnectionAuth = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  /** The password lives in the secret store under the connection id, never in settings. */
  z.object({ kind: z.literal('basic'), username: z.string().min(1) }),
  /** The API key lives in the secret store under the connection id. */
  z.object({ kind: z.literal('apiKey') }),
]);
export type ConnectionAuth = z.infer<typeof ConnectionAuth>;

export const ClusterConnection = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  auth: ConnectionAuth,
  indexPatterns: z
    .object({ operational: z.string().min(1), activity: z.string().min(1) })
    .default({ ...DEFAULT_INDEX_PATTERNS }),
  fieldMapping: FieldMapping.default(DEFAULT_FIELD_MAPPING),
  requestTimeoutMs: z.number().int().min(1000).max(300_000).default(30_000),
});
export type ClusterConnection = z.infer<typeof ClusterConnection>;

export const SETTINGS_VERSION = 1;

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  connections: z.array(ClusterConnection).default([]),
  /** null: no cluster chosen, the console opens the demo workspace. */
  activeConnectionId: z.string().nullable().default(null),
  /** Role mappings by workstation user id. Empty: the workstation is not set up yet. */
  operators: z.array(Operator).default([]),
  /** The role of users not listed in `operators` once the list is set up. */
  defaultRole: Role.default('auditor'),
});
export type Settings = z.infer<typeof Settings>;
