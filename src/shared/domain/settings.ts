import { z } from 'zod';
import { describeConnectionUrlProblem, displayUrl, unusablePortProblem } from './connectionUrl';
import { ConnectionTrust } from './connectionTrust';
import { DEFAULT_FIELD_MAPPING, DEFAULT_INDEX_PATTERNS, FieldMapping } from './fieldMapping';
import { describeIndexPatternProblem } from './indexPattern';
import { Operator, Role } from './roles';
import { tooLong } from './tooLong';
import { tooMany } from './tooMany';

export const ConnectionAuth = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  /** The password lives in the secret store under the connection id, never in settings. */
  z.object({
    kind: z.literal('basic'),
    username: z.string().trim().min(1, 'Enter the user name.').max(256, tooLong('The user name')),
  }),
  /** The API key lives in the secret store under the connection id. */
  z.object({ kind: z.literal('apiKey') }),
]);
export type ConnectionAuth = z.infer<typeof ConnectionAuth>;

/** http(s) only, and never credentials: they go in the auth fields and the secret store. */
const ConnectionUrl = z
  .string()
  .trim()
  .min(1, 'Enter the cluster’s address, e.g. https://es.example.com:9200.')
  .max(2048, tooLong('The cluster address'))
  .superRefine((value, context) => {
    const problem = describeConnectionUrlProblem(value);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  });

const indexPattern = (example: string) =>
  z.string().trim().min(1, `Enter an index pattern, e.g. ${example}.`).max(1024, tooLong('The index pattern'));

export const ClusterConnection = z.object({
  id: z
    .string()
    .min(1, 'The connection id is empty; choose the connection from the list.')
    .max(100, tooLong('The connection id')),
  name: z.string().trim().min(1, 'Give the connection a name.').max(100, tooLong('The connection’s name')),
  /** The node tried first. */
  url: ConnectionUrl,
  /** Further nodes of the same cluster, tried in this order when the ones before do not answer. */
  failoverUrls: z
    .array(ConnectionUrl)
    .max(9, tooMany('A connection', 'other nodes', { verb: 'has' }))
    .default([]),
  auth: ConnectionAuth,
  tls: ConnectionTrust.default({ kind: 'system' }),
  indexPatterns: z
    .object({
      operational: indexPattern(DEFAULT_INDEX_PATTERNS.operational),
      activity: indexPattern(DEFAULT_INDEX_PATTERNS.activity),
    })
    .default({ ...DEFAULT_INDEX_PATTERNS }),
  fieldMapping: FieldMapping.default(DEFAULT_FIELD_MAPPING),
  requestTimeoutMs: z
    .number()
    .int('Give the request time-out as a whole number of milliseconds.')
    .min(1000, 'Allow each request at least a second.')
    .max(300_000, 'Allow each request at most five minutes.')
    .default(30_000),
});
export type ClusterConnection = z.infer<typeof ClusterConnection>;

/** Every node address of a connection, in the order they are tried. */
export function connectionUrls(connection: Pick<ClusterConnection, 'url' | 'failoverUrls'>): string[] {
  return [connection.url, ...connection.failoverUrls];
}

/**
 * What is wrong across a connection's fields, each problem with the path of the field at fault: a node
 * listed twice, a private CA or fingerprint for a node reached over plain http (TLS is not used there),
 * a node on port 0, or an index pattern the cluster cannot resolve. Checked when a connection is saved or tested, not when
 * stored settings are read, so a connection saved before a check existed still opens and can be fixed.
 */
export function connectionProblems(
  connection: Pick<ClusterConnection, 'url' | 'failoverUrls' | 'tls' | 'indexPatterns'>,
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  for (const family of ['operational', 'activity'] as const) {
    const message = describeIndexPatternProblem(connection.indexPatterns[family]);
    if (message !== null) problems.push({ path: ['indexPatterns', family], message });
  }
  const seen = new Set<string>();
  connectionUrls(connection).forEach((url, index) => {
    const path = index === 0 ? ['url'] : ['failoverUrls', index - 1];
    const port = unusablePortProblem(url);
    if (port !== null) problems.push({ path, message: port });
    let href: string;
    try {
      href = new URL(url).href;
    } catch {
      return;
    }
    if (seen.has(href)) problems.push({ path, message: `${displayUrl(url)} is listed twice; list each node once.` });
    seen.add(href);
    if (connection.tls.kind !== 'system' && href.startsWith('http:')) {
      problems.push({
        path,
        message: 'A CA certificate or fingerprint needs https:// addresses; this node is reached over plain http.',
      });
    }
  });
  return problems;
}

/** How a connection is named on screen and in messages: its name and address, never credentials. */
export function connectionLabel(connection: Pick<ClusterConnection, 'name' | 'url'>): string {
  return `${connection.name} (${displayUrl(connection.url)})`;
}

/** Where the console keeps connection secrets: encrypted with the OS keychain, or only for the process's life. */
export const SecretKeeping = z.enum(['keychain', 'process']);
export type SecretKeeping = z.infer<typeof SecretKeeping>;

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
