import { z } from 'zod';
import { ClusterConnection, Settings } from '../domain/settings';
import { DataSourceStatus } from './appInfo';

/** Settings as the renderer sees them: connections without secrets, and whether one is stored. */
export const SettingsView = Settings.extend({
  connections: z.array(ClusterConnection.extend({ hasSecret: z.boolean() })),
});
export type SettingsView = z.infer<typeof SettingsView>;

/** The secret travels renderer -> main once, when the admin types it; it never comes back. */
export const SaveConnectionRequest = z
  .object({ connection: ClusterConnection, secret: z.string().min(1).max(8192).optional() })
  .strict();
export const TestConnectionRequest = SaveConnectionRequest;
export const DeleteConnectionRequest = z.object({ id: z.string().min(1) }).strict();
export const ActivateConnectionRequest = z.object({ id: z.string().min(1).nullable() }).strict();
export const SaveOperatorsRequest = Settings.pick({ operators: true, defaultRole: true }).strict();
export { DataSourceStatus };
