import { z } from 'zod';
import { refuseHiddenCharacters } from '../domain/hiddenCharacters';
import { CLUSTER_ROLE_MAX, EditedRoleMappingEntry, refuseClusterRoleName, RoleMappingEntry } from '../domain/identity';
import { Role } from '../domain/roles';
import { tooLong } from '../domain/tooLong';
import { tooMany } from '../domain/tooMany';
import { channel, Empty, type ContractPart } from './channelDefinition';

const MAX_LINES = tooMany('The role mapping', 'lines');

/** The role mapping the cluster holds, or the defaults while it holds none. */
export const RoleMappingView = z.object({
  entries: z.array(RoleMappingEntry).max(200, MAX_LINES),
  stored: z.boolean(),
});
export type RoleMappingView = z.infer<typeof RoleMappingView>;

/** The lines an admin saves or tries: each cluster role named only by what it shows. */
const Entries = z.array(EditedRoleMappingEntry).max(200, MAX_LINES);

const Username = z
  .string()
  .trim()
  .min(1, 'Name the user.')
  .max(256, tooLong('The user name'))
  .superRefine(refuseHiddenCharacters('The user name'));

/** Whom a dry run is for: a cluster user's roles and, where the realm keeps it, their metadata. */
export const DryRunSubject = z
  .object({
    username: Username,
    clusterRoles: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'A cluster role’s name is empty; type the role or take the line out.')
          .max(CLUSTER_ROLE_MAX, tooLong('The cluster role’s name'))
          .superRefine(refuseClusterRoleName('The cluster role’s name')),
      )
      .max(100, tooMany('A dry run', 'cluster roles', { verb: 'names' })),
    metadata: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export const RoleMappingDryRunRequest = z.object({ entries: Entries, subject: DryRunSubject }).strict();

/** What a mapping would make of one user: their console role and the clients they would see. */
export const RoleMappingDryRun = z.object({
  sentence: z.string(),
  role: Role.nullable(),
  /** null: every client. */
  clientIds: z.array(z.string()).nullable(),
  warnings: z.array(z.string()),
});
export type RoleMappingDryRun = z.infer<typeof RoleMappingDryRun>;

/** A dry run for a user the cluster is asked about: main looks up their roles with the admin's credentials. */
export const RoleMappingUserDryRunRequest = z.object({ entries: Entries, username: Username }).strict();

/** The dry run for a looked-up user, with what the cluster said about them. */
export const RoleMappingUserDryRun = RoleMappingDryRun.extend({
  username: z.string(),
  clusterRoles: z.array(z.string()),
  /** The realm that knows the user ("file", "native", …), where the cluster says. */
  realm: z.string().nullable(),
  /** How main found them: asked as them (run_as), or from the native user API. */
  lookup: z.enum(['run_as', 'user API']),
});
export type RoleMappingUserDryRun = z.infer<typeof RoleMappingUserDryRun>;

export const SaveRoleMappingRequest = z
  .object({
    entries: Entries,
    /** The admin read the warnings (a mapping that maps nobody, or no longer maps them to admin) and saves anyway. */
    acknowledgeWarnings: z.boolean().default(false),
  })
  .strict();

/** The channels of this part of the contract (see contract.ts). */
export const accessContract = {
  /** The role mapping kept on the cluster (or the defaults), for the admin's editor. */
  'access/roleMapping/get': channel({
    request: Empty,
    response: RoleMappingView,
    permission: 'settings:manage',
    audited: true,
  }),
  /** What a mapping would make of one user, computed against the cluster; nothing is saved. */
  'access/roleMapping/dryRun': channel({
    request: RoleMappingDryRunRequest,
    response: RoleMappingDryRun,
    permission: 'settings:manage',
    audited: true,
  }),
  /** The same for a user named only: main asks the cluster for their roles (run_as, else the user API). */
  'access/roleMapping/dryRunUser': channel({
    request: RoleMappingUserDryRunRequest,
    response: RoleMappingUserDryRun,
    permission: 'settings:manage',
    audited: true,
  }),
  /** Saves the mapping on the cluster with the admin's own credentials. */
  'access/roleMapping/save': channel({
    request: SaveRoleMappingRequest,
    response: RoleMappingView,
    permission: 'settings:manage',
    audited: true,
  }),
} satisfies ContractPart;
