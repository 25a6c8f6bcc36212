import { z } from 'zod';
import { codePointName } from '../domain/hiddenCharacters';
import { namingTextProblems } from '../domain/paymentNumberProblem';
import { ClusterConnection, connectionProblems, SecretKeeping, Settings } from '../domain/settings';
import { tooLong } from '../domain/tooLong';
import { DataSourceStatus, TextSearchPath } from './appInfo';
import { channel, Empty, type ContractPart } from './channelDefinition';
import { ErrorCode } from './errors';
import { SaveOperatorsRequest } from './saveOperatorsRequest';

/** Settings as the renderer sees them: connections without secrets, and whether one is stored. */
export const SettingsView = Settings.extend({
  connections: z.array(ClusterConnection.extend({ hasSecret: z.boolean() })),
  /** Where this console keeps connection secrets (named so redaction of secret-named keys leaves it). */
  vault: SecretKeeping,
});
export type SettingsView = z.infer<typeof SettingsView>;

/**
 * What main found when it tested a connection it had just saved, with the values and secret it saved:
 * `connected` (the cluster answered and took the credentials), `failed` (a node answered, but the
 * connection cannot be used as saved: credentials refused, not Elasticsearch), or `untested` (no node
 * answered in time, or the test could not run). `sentence` says so, and what to do.
 */
export const SavedConnectionCheck = z.object({
  id: z.string(),
  state: z.enum(['connected', 'failed', 'untested']),
  sentence: z.string(),
});
export type SavedConnectionCheck = z.infer<typeof SavedConnectionCheck>;

/** The answer to a save: the settings as they now are, and what testing the saved connection found. */
export const SaveConnectionAnswer = SettingsView.extend({ saved: SavedConnectionCheck });
export type SaveConnectionAnswer = z.infer<typeof SaveConnectionAnswer>;

/**
 * A connection as the admin sends it: without an id it is a new one (main gives it a distinct id);
 * with one it is an edit, replacing the saved connection of that id. The field mapping and request
 * time-out, which the form does not show, are kept from the saved connection when left out.
 */
export const ConnectionDraft = ClusterConnection.extend({
  id: ClusterConnection.shape.id.optional(),
  fieldMapping: ClusterConnection.shape.fieldMapping.unwrap().optional(),
  requestTimeoutMs: ClusterConnection.shape.requestTimeoutMs.unwrap().optional(),
});
export type ConnectionDraft = z.infer<typeof ConnectionDraft>;

/**
 * What is wrong with an API key as pasted, or null. A key is base64 (or its id and key joined by a colon):
 * a space, line break or invisible character copied with it would go into the request's header, where the
 * cluster refuses it or the header is not sent at all, and the operator would be told the wrong reason.
 */
function apiKeyProblem(key: string): string | null {
  const stray = /[^A-Za-z0-9\-_=:+/]/u.exec(key)?.[0];
  return stray === undefined
    ? null
    : `An API key holds only letters, digits and the signs - _ = : + /; this one holds ${codePointName(stray)}, which no key has. Paste the key again without it.`;
}

/**
 * The secret travels renderer -> main once, when the admin types it; it never comes back. Left out,
 * the stored one is used, but only for the address, kind of credential and user it was saved with.
 */
export const SaveConnectionRequest = z
  .object({
    connection: ConnectionDraft,
    secret: z
      .string()
      .min(1, 'Enter the password or API key.')
      .max(8192, tooLong('The password or API key'))
      .optional(),
  })
  .strict()
  .superRefine(({ connection, secret }, context) => {
    const addIssue = (path: (string | number)[], message: string | null) => {
      if (message !== null) context.addIssue({ code: 'custom', path: ['connection', ...path], message });
    };
    const keyProblem = connection.auth.kind === 'apiKey' && secret !== undefined ? apiKeyProblem(secret) : null;
    if (keyProblem !== null) context.addIssue({ code: 'custom', path: ['secret'], message: keyProblem });
    for (const { path, message } of connectionProblems(connection)) addIssue(path, message);
    // What the admin types to name a connection and its user never hides or reorders text: "prod\u202Eue-dorp"
    // would be listed as "prodprod-eu". Nor an address: the URL parser drops a zero-width space from a host,
    // so "es\u200B.example.com" would connect to an address other than the one on screen. Connections saved
    // before are still read, and shown as they are.
    const typed = [
      { path: ['name'], what: 'The connection’s name', text: connection.name },
      { path: ['url'], what: 'The cluster address', text: connection.url },
      ...connection.failoverUrls.map((url, index) => ({
        path: ['failoverUrls', index],
        what: 'The cluster address',
        text: url,
      })),
      ...(connection.auth.kind === 'basic'
        ? [{ path: ['auth', 'username'], what: 'The user name', text: connection.auth.username }]
        : []),
    ];
    // Nor a card number, IBAN or other secret (a token, `password=…`): the name is on every screen, and the
    // addresses and user are written into bundles' custody records (index patterns are checked for them
    // with the rest of their problems).
    for (const { path, what, text } of typed) {
      for (const message of namingTextProblems(what, text)) addIssue(path, message);
    }
  });
export const TestConnectionRequest = SaveConnectionRequest;
const ConnectionId = z.string().min(1, 'The connection id is empty; choose the connection from the list.');
export const DeleteConnectionRequest = z.object({ id: ConnectionId }).strict();
export const ActivateConnectionRequest = z.object({ id: ConnectionId.nullable() }).strict();
export { SaveOperatorsRequest };
export { DataSourceStatus };

/** One node address of a connection, tried on its own. */
export const NodeCheck = z.object({
  url: z.string(),
  reachable: z.boolean(),
  /** Why it could not be reached, in a few words ("connection refused", "no answer within 30 s"); null when it was, or unknown. */
  reason: z.string().nullable(),
  version: z.string().nullable(),
  /** Why it could not be used (unreachable, credentials refused); null when it answered. */
  detail: z.string().nullable(),
});

export type NodeCheck = z.infer<typeof NodeCheck>;

/** One log family's index pattern checked against the cluster's field capabilities and the operator's privileges. */
export const FamilyCheck = z.object({
  family: z.enum(['operational', 'activity']),
  pattern: z.string(),
  /** Indices the pattern matches (the first 20) and how many in all. */
  indices: z.array(z.string()),
  indexCount: z.number().int().nonnegative(),
  /** Our fields the indices lack: `field` ours, `clusterField` the mapped path; required ones stop every view. */
  missingFields: z.array(z.object({ field: z.string(), clusterField: z.string(), required: z.boolean() })),
  mistypedFields: z.array(
    z.object({ field: z.string(), clusterField: z.string(), expected: z.string(), found: z.array(z.string()) }),
  ),
  /** How free text is matched here; null when no index matches. */
  textSearch: TextSearchPath.nullable(),
  /** `_has_privileges` read on the pattern; null when the cluster's security is off (nothing is checked). */
  canRead: z.boolean().nullable(),
  /**
   * `_has_privileges` view_index_metadata on the pattern: may the credentials list the words a typed
   * prefix reaches (the term-speed prefix search), or must a prefix be matched by the slower exact
   * regexp; null when the cluster's security is off.
   */
  canListWords: z.boolean().nullable(),
  /** Why this family could not be checked; null when it was. */
  problem: z.string().nullable(),
});
export type FamilyCheck = z.infer<typeof FamilyCheck>;

/** What "Test connection" found: every node, the cluster, who the credentials are, each family, the journal. */
export const ConnectionTestReport = z.object({
  label: z.string(),
  state: z.enum(['connected', 'unreachable']),
  /** Why the cluster could not be used; null when it could. */
  detail: z.string().nullable(),
  /** The same as an error code, which the test's journal line fails with; null when the cluster could be used. */
  code: ErrorCode.nullable(),
  version: z.string().nullable(),
  clusterName: z.string().nullable(),
  clusterUuid: z.string().nullable(),
  nodes: z.array(NodeCheck),
  /** Who the cluster says the credentials belong to; null with its security off or when not connected. */
  identity: z.object({ username: z.string(), realm: z.string().nullable(), roles: z.array(z.string()) }).nullable(),
  securityOff: z.boolean(),
  families: z.array(FamilyCheck),
  /** The journal index: may the credentials add lines (create_doc) and read them; null with security off. */
  journal: z.object({ index: z.string(), canWrite: z.boolean().nullable(), canRead: z.boolean().nullable() }),
});
export type ConnectionTestReport = z.infer<typeof ConnectionTestReport>;

/** The channels of this part of the contract (see contract.ts). */
export const settingsContract = {
  'settings/get': channel({ request: Empty, response: SettingsView, permission: 'settings:manage', audited: false }),
  /**
   * A save whose test then failed is journaled ok all the same: the connection was saved, which is what its
   * line records; the answer says what the test found.
   */
  'settings/connection/save': channel({
    request: SaveConnectionRequest,
    response: SaveConnectionAnswer,
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
    response: ConnectionTestReport,
    permission: 'settings:manage',
    audited: true,
    failedIn: (report) => report.code,
  }),
  'settings/operators/save': channel({
    request: SaveOperatorsRequest,
    response: SettingsView,
    permission: 'settings:manage',
    audited: true,
  }),
} satisfies ContractPart;
