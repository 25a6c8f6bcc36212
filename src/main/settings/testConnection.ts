import type { ConnectionTestReport, FamilyCheck, NodeCheck } from '../../shared/contract/settingsChannels';
import { ConsoleError } from '../../shared/contract/errors';
import { clusterField } from '../../shared/domain/fieldMapping';
import { displayUrl } from '../../shared/domain/connectionUrl';
import { JOURNAL_INDEX } from '../../shared/domain/journal';
import { connectionLabel, connectionUrls, type ClusterConnection } from '../../shared/domain/settings';
import { LOG_FAMILIES, type LogFamily } from '../../shared/query/logQuery';
import {
  createElasticsearchClient,
  type ElasticsearchConnection,
} from '../sources/elasticsearch/createElasticsearchClient';
import { ElasticsearchAdapter } from '../sources/elasticsearch/ElasticsearchAdapter';
import {
  CONNECTION_REFUSED,
  RejectedCredentialsError,
  UnreachableError,
} from '../sources/elasticsearch/elasticsearchErrors';
import { fieldCapsFields, inspectFieldCapabilities } from '../sources/elasticsearch/readFieldCapabilities';
import { connectionAccess, describeConnection } from '../sources/openClusterSource';
import type { SecretStore } from './SettingsStore';

/** How many matching index names the report lists; the count says how many more there are. */
const LISTED_INDICES = 20;

/** Codes that mean a node did not answer at all; any other failure came from a node that did. */
const SILENT = new Set(['UNAVAILABLE', 'TIMEOUT']);

/**
 * A failure as Settings says it: credentials the cluster refused are mended in the form the test was
 * run from, so that is where the sentence sends the operator.
 */
function messageOf(error: unknown): string {
  if (error instanceof RejectedCredentialsError) {
    if (error.expired) return `${error.refused}. Create a new one, enter it here, then press Test connection.`;
    const mend = error.usesApiKey ? 'Check the API key' : 'Check the user name and password';
    return `${error.refused}. ${mend}, then press Test connection.`;
  }
  return error instanceof ConsoleError ? error.message : String(error);
}

function adapterFor(access: ElasticsearchConnection, connection: ClusterConnection, url: string, retries: number) {
  return new ElasticsearchAdapter(
    createElasticsearchClient({ ...access, url, failoverUrls: [] }, { maxRetries: retries }),
    {
      ...describeConnection(connection),
      url: displayUrl(url),
      failoverUrls: [],
    },
  );
}

/** Why a node was not reached, said the way the report says it beside the node. */
function unreachedNode(url: string, error: unknown): NodeCheck {
  const reason = error instanceof UnreachableError ? error.reason : null;
  // A search that times out may be narrowed; a node that does not answer the first call may not be there.
  const detail =
    error instanceof UnreachableError && error.code === 'TIMEOUT'
      ? `Cannot reach ${url} — ${error.reason}; check the URL and port, and that the cluster is running and not overloaded`
      : messageOf(error);
  return { url, reachable: false, reason, version: null, detail };
}

/** Each node on its own: does it answer, with which version, and does it take the credentials. */
async function checkNodes(
  access: ElasticsearchConnection,
  connection: ClusterConnection,
  signal?: AbortSignal,
): Promise<NodeCheck[]> {
  return Promise.all(
    connectionUrls(connection).map(async (url) => {
      const adapter = adapterFor(access, connection, url, 0);
      try {
        const info = await adapter.info(signal);
        return { url: displayUrl(url), reachable: true, reason: null, version: info.version, detail: null };
      } catch (error) {
        // A fault of the console's own is no node's doing: it fails the test, to be logged with its stack.
        if (!(error instanceof ConsoleError) || error.code === 'CANCELLED') throw error;
        if (SILENT.has(error.code)) return unreachedNode(displayUrl(url), error);
        // It answered, and refused or failed what was asked (credentials, a proxy's error page).
        return { url: displayUrl(url), reachable: true, reason: null, version: null, detail: messageOf(error) };
      } finally {
        await adapter.close();
      }
    }),
  );
}

async function checkFamily(
  adapter: ElasticsearchAdapter,
  connection: ClusterConnection,
  family: LogFamily,
  securityOff: boolean,
  signal?: AbortSignal,
): Promise<FamilyCheck> {
  const pattern = connection.indexPatterns[family];
  const mapping = connection.fieldMapping;
  const check: FamilyCheck = {
    family,
    pattern,
    indices: [],
    indexCount: 0,
    missingFields: [],
    mistypedFields: [],
    textSearch: null,
    canRead: null,
    canListWords: null,
    problem: null,
  };
  try {
    if (!securityOff) {
      const held = await adapter.hasIndexPrivileges(pattern, ['read', 'view_index_metadata'], signal);
      check.canRead = held.read ?? false;
      check.canListWords = held.view_index_metadata ?? false;
    }
    const inspection = inspectFieldCapabilities(
      await adapter.fieldCaps(pattern, fieldCapsFields(family, mapping), signal),
      family,
      mapping,
    );
    check.indexCount = inspection.indices.length;
    check.indices = inspection.indices.slice(0, LISTED_INDICES);
    if (check.indexCount === 0) return { ...check, problem: `No index matches ${pattern}.` };
    check.missingFields = inspection.missingFields.map((field) => ({
      field,
      clusterField: clusterField(mapping, family, field),
      required: inspection.missingRequired.includes(field),
    }));
    check.mistypedFields = inspection.mistypedFields;
    check.textSearch = inspection.textSearch;
    return check;
  } catch (error) {
    if (!(error instanceof ConsoleError) || error.code === 'CANCELLED') throw error;
    return { ...check, problem: messageOf(error) };
  }
}

/**
 * Why no node could be used, every node named: one node's own reason, or each node's in a few words,
 * with what to check where a connection was refused.
 */
function noNodeAnswered(nodes: readonly NodeCheck[]): string {
  if (nodes.length === 1) return nodes[0]?.detail ?? 'The node could not be reached.';
  const each = nodes.map((node) => (node.reason ? `${node.url} — ${node.reason}` : (node.detail ?? node.url)));
  const refused = nodes.some((node) => node.reason === CONNECTION_REFUSED)
    ? ' Where the connection was refused, nothing listens at that address and port: check the URL and port, and that the cluster is running.'
    : '';
  return `None of the ${nodes.length} nodes could be reached: ${each.join('; ')}.${refused}`;
}

/**
 * "Test connection": every node tried on its own, then the cluster through the connection's own client
 * (failover as in use): version, name and uuid, who the credentials are, each family's indices and
 * fields against `_field_caps`, and the privileges held on each pattern and on the journal index.
 */
export async function testConnection(
  connection: ClusterConnection,
  secrets: SecretStore,
  signal?: AbortSignal,
): Promise<ConnectionTestReport> {
  const access = await connectionAccess(connection, secrets);
  const report: ConnectionTestReport = {
    label: connectionLabel(connection),
    state: 'unreachable',
    detail: null,
    code: null,
    version: null,
    clusterName: null,
    clusterUuid: null,
    nodes: await checkNodes(access, connection, signal),
    identity: null,
    securityOff: false,
    families: [],
    journal: { index: JOURNAL_INDEX, canWrite: null, canRead: null },
  };
  if (!report.nodes.some((node) => node.reachable)) {
    return { ...report, detail: noNodeAnswered(report.nodes), code: 'UNAVAILABLE' };
  }
  const adapter = new ElasticsearchAdapter(createElasticsearchClient(access), describeConnection(connection));
  try {
    const cluster = await adapter.identify(signal);
    const user = await adapter.authenticate(signal);
    report.state = 'connected';
    report.version = cluster.version;
    report.clusterName = cluster.clusterName;
    report.clusterUuid = cluster.clusterUuid;
    report.securityOff = user === null;
    report.identity = user && { username: user.username, realm: user.realm, roles: user.roles };
    for (const family of LOG_FAMILIES) {
      report.families.push(await checkFamily(adapter, connection, family, report.securityOff, signal));
    }
    if (!report.securityOff) {
      const held = await adapter.hasIndexPrivileges(JOURNAL_INDEX, ['create_doc', 'read'], signal);
      report.journal = { index: JOURNAL_INDEX, canWrite: held.create_doc ?? false, canRead: held.read ?? false };
    }
    return report;
  } catch (error) {
    if (!(error instanceof ConsoleError) || error.code === 'CANCELLED') throw error;
    return { ...report, state: 'unreachable', detail: messageOf(error), code: error.code };
  } finally {
    await adapter.close();
  }
}
