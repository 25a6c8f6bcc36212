import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ConsoleError } from '../shared/contract/errors';
import { DEFAULT_INDEX_PATTERNS } from '../shared/domain/fieldMapping';
import { showHiddenCharacters } from '../shared/domain/hiddenCharacters';
import { ClusterConnection, type Settings } from '../shared/domain/settings';
import { storeConnectionSecret } from '../main/settings/connectionSecrets';
import { MemorySecretStore } from '../main/settings/MemorySecretStore';
import type { SecretStore } from '../main/settings/SettingsStore';

/** The checkout the command runs from: where `npm run es:start` writes `.local/elasticsearch.json`. */
export const PACKAGE_ROOT = resolve(import.meta.dirname, '../..');

/** The file `npm run es:start` writes: where the local node is and its generated credentials. */
const LocalConnectionFile = z.object({
  url: z.string(),
  username: z.string().optional(),
  password: z.string().optional(),
  apiKey: z.string().optional(),
});

interface ClusterTarget {
  url: string;
  username?: string;
  password?: string;
  apiKey?: string;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The cluster ES_URL names, its credentials from the URL or ES_USERNAME/ES_PASSWORD or ES_API_KEY. */
function fromEnvironment(env: NodeJS.ProcessEnv): ClusterTarget | undefined {
  const raw = nonEmpty(env['ES_URL']?.trim());
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConsoleError('BAD_REQUEST', `ES_URL is not a valid URL: "${raw}" (expected e.g. https://host:9200).`);
  }
  const username = nonEmpty(env['ES_USERNAME']) ?? nonEmpty(decodeURIComponent(url.username));
  const password = nonEmpty(env['ES_PASSWORD']) ?? nonEmpty(decodeURIComponent(url.password));
  const apiKey = nonEmpty(env['ES_API_KEY']);
  url.username = '';
  url.password = '';
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  if (apiKey !== undefined) return { url: base, apiKey };
  if (username !== undefined) return { url: base, username, password: password ?? '' };
  return { url: base };
}

function fromLocalFile(root: string): ClusterTarget {
  const file = join(root, '.local', 'elasticsearch.json');
  if (!existsSync(file)) {
    throw new ConsoleError(
      'UNAVAILABLE',
      'No local cluster is recorded: run `npm run es:start`, or set ES_URL (with ES_USERNAME and ES_PASSWORD, or ES_API_KEY).',
    );
  }
  const parsed = LocalConnectionFile.safeParse(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  if (!parsed.success)
    throw new ConsoleError('CORRUPT', `${file} is not a connection file; run \`npm run es:start\` again.`);
  return parsed.data;
}

function prefixed(patterns: ClusterConnection['indexPatterns'], prefix: string): ClusterConnection['indexPatterns'] {
  return { operational: `${prefix}${patterns.operational}`, activity: `${prefix}${patterns.activity}` };
}

export interface CliSource {
  /** The workstation's settings with the chosen source active: one cluster connection, or none for demo. */
  settings: Settings;
  /** The chosen connection's secret, for this run only. */
  secrets: SecretStore;
  /** What the progress line says it reads. */
  label: string;
  /** What to do when the cluster refuses the credentials: where the command line read them. */
  credentialsStep: string;
}

const ENVIRONMENT_STEP = 'Set ES_USERNAME and ES_PASSWORD, or ES_API_KEY, for the cluster ES_URL names.';

/** Where to mend credentials the command line took from ES_URL and its variables. */
function environmentStep(target: ClusterTarget): string {
  if (target.apiKey !== undefined) return 'Check ES_API_KEY; if the key expired, create a new one and set it there.';
  if (target.username !== undefined)
    return 'Check ES_USERNAME and ES_PASSWORD, or the user name and password in ES_URL.';
  return ENVIRONMENT_STEP;
}

/** Where to mend the secret of a saved connection, which the command line reads from its environment. */
function savedConnectionStep(connection: ClusterConnection): string {
  const name = `"${showHiddenCharacters(connection.name)}"`;
  if (connection.auth.kind === 'apiKey')
    return `Check ES_API_KEY, the API key the command line sends for ${name}; if it expired, create a new one and set it there.`;
  if (connection.auth.kind === 'basic')
    return `Check ES_PASSWORD, the password the command line sends for ${name} (its user name is the one saved in Settings).`;
  return `${name} is saved without credentials: add them in Settings, under Cluster connections.`;
}

export interface CliSourceOptions {
  source: string;
  indexPrefix: string;
  settings: Settings;
  env?: NodeJS.ProcessEnv;
  root?: string;
}

/**
 * The source a command reads: `demo` (the demo workspace of the data folder, built on first use),
 * `local` (ES_URL and its credentials, else the node `npm run es:start` runs) or a saved connection by
 * name, whose secret the command line takes from ES_PASSWORD or ES_API_KEY (it keeps none itself).
 */
export async function openCliSource(options: CliSourceOptions): Promise<CliSource> {
  const env = options.env ?? process.env;
  const secrets = new MemorySecretStore();
  if (options.source === 'demo') {
    return {
      settings: { ...options.settings, activeConnectionId: null },
      secrets,
      label: 'the demo workspace',
      credentialsStep: ENVIRONMENT_STEP,
    };
  }
  let connection: ClusterConnection;
  let secret: string | undefined;
  let credentialsStep: string;
  if (options.source === 'local') {
    const fromVariables = fromEnvironment(env);
    const target = fromVariables ?? fromLocalFile(options.root ?? PACKAGE_ROOT);
    credentialsStep = fromVariables
      ? environmentStep(fromVariables)
      : "Run `npm run es:start` again to write the local node's credentials, or set ES_URL with ES_USERNAME and ES_PASSWORD, or ES_API_KEY.";
    connection = ClusterConnection.parse({
      id: 'command-line-local',
      name: 'Local cluster',
      url: target.url,
      auth: target.apiKey
        ? { kind: 'apiKey' }
        : target.username
          ? { kind: 'basic', username: target.username }
          : { kind: 'none' },
      indexPatterns: prefixed(DEFAULT_INDEX_PATTERNS, options.indexPrefix),
    });
    secret = target.apiKey ?? target.password;
  } else {
    const saved = options.settings.connections.find(
      (each) => each.name === options.source || each.id === options.source,
    );
    if (!saved) {
      const names = options.settings.connections.map((each) => `"${each.name}"`).join(', ') || 'none saved yet';
      throw new ConsoleError(
        'NOT_FOUND',
        `No connection named "${options.source}" (saved: ${names}); or use local or demo.`,
      );
    }
    connection = { ...saved, indexPatterns: prefixed(saved.indexPatterns, options.indexPrefix) };
    credentialsStep = savedConnectionStep(connection);
    secret = connection.auth.kind === 'apiKey' ? nonEmpty(env['ES_API_KEY']) : nonEmpty(env['ES_PASSWORD']);
    if (connection.auth.kind !== 'none' && secret === undefined) {
      const variable = connection.auth.kind === 'apiKey' ? 'ES_API_KEY' : 'ES_PASSWORD';
      throw new ConsoleError(
        'AUTH_FAILED',
        `The command line keeps no secrets: set ${variable} for "${connection.name}".`,
      );
    }
  }
  if (secret !== undefined) await storeConnectionSecret(secrets, connection, secret);
  return {
    settings: { ...options.settings, connections: [connection], activeConnectionId: connection.id },
    secrets,
    label: `${connection.name} (${connection.url})`,
    credentialsStep,
  };
}
