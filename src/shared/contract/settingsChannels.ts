import { z } from 'zod';
import { ClusterConnection, Settings } from '../domain/settings';
import { DataSourceStatus } from './appInfo';
import { channel, Empty, type ContractPart } from './channelDefinition';

/** Settings as the renderer sees them: connections without secrets, and whether one is stored. */
export const SettingsView = Settings.extend({
  connections: z.array(ClusterConnection.extend({ hasSecret: z.boolean() })),
});
export type SettingsView = z.infer<typeof SettingsView>;

/**
 * A connection as the admin sends it: without an id it is a new one (main gives it a distinct id);
 * with one it replaces the saved connection of that id.
 */
export const ConnectionDraft = ClusterConnection.extend({ id: ClusterConnection.shape.id.optional() });
export type ConnectionDraft = z.infer<typeof ConnectionDraft>;

/**
 * The secret travels renderer -> main once, when the admin types it; it never comes back. Left out,
 * the stored one is used, but only for the address, kind of credential and user it was saved with.
 */
export const SaveConnectionRequest = z
  .object({
    connection: ConnectionDraft,
    secret: z.string().min(1, 'Enter the password or API key.').max(8192, 'The secret is too long.').optional(),
  })
  .strict();
export const TestConnectionRequest = SaveConnectionRequest;
export const DeleteConnectionRequest = z.object({ id: z.string().min(1) }).strict();
export const ActivateConnectionRequest = z.object({ id: z.string().min(1).nullable() }).strict();
export const SaveOperatorsRequest = Settings.pick({ operators: true, defaultRole: true }).strict();
export { DataSourceStatus };

/** The channels of this part of the contract (see contract.ts). */
export const settingsContract = {
  'settings/get': channel({ request: Empty, response: SettingsView, permission: 'settings:manage', audited: false }),
  'settings/connection/save': channel({
    request: SaveConnectionRequest,
    response: SettingsView,
    permission: 'settings:manage',
    audited: true,
  }),
  'settings/connection/delete': channel({
    request: DeleteConnectionRequest,
    response: SettingsView,
    permission: 'settings:manage',
    audited: true,
  }),
  'settings/connection/activate': channel({
    request: ActivateConnectionRequest,
    response: SettingsView,
    permission: 'settings:manage',
    audited: true,
  }),
  'settings/connection/test': channel({
    request: TestConnectionRequest,
    response: DataSourceStatus,
    permission: 'settings:manage',
    audited: true,
  }),
  'settings/operators/save': channel({
    request: SaveOperatorsRequest,
    response: SettingsView,
    permission: 'settings:manage',
    audited: true,
  }),
} satisfies ContractPart;
