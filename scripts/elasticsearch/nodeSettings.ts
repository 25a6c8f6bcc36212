import { CLUSTER_NAME } from './paths';

export interface NodeSettingsInput {
  port: number;
  dataDir: string;
  logsDir: string;
}

export type SettingValue = string | number | boolean;

/**
 * elasticsearch.yml for the dev node. The integ-test-zip rejects settings of modules it does not
 * carry (e.g. `ingest.geoip.downloader.enabled`, `xpack.monitoring.collection.enabled`), and a
 * rejected setting stops the node, so only server, transport and x-pack security settings go here.
 * Nothing in this distribution downloads at run time (no geoip, ML or monitoring modules).
 */
export function nodeSettings(input: NodeSettingsInput): Record<string, SettingValue> {
  return {
    'cluster.name': CLUSTER_NAME,
    'node.name': `audit-console-${input.port}`,
    'network.host': '127.0.0.1',
    'http.port': input.port,
    'discovery.type': 'single-node',
    'path.data': input.dataDir,
    'path.logs': input.logsDir,
    'xpack.security.enabled': true,
    'xpack.security.http.ssl.enabled': false,
    'xpack.security.transport.ssl.enabled': false,
    // Developer and CI disks are often nearly full; watermarks would leave shards unassigned or
    // make indices read-only, which has nothing to do with what the tests check.
    'cluster.routing.allocation.disk.threshold_enabled': false,
  };
}

/** Flat `key: value` YAML; strings are always double-quoted (JSON escaping is valid YAML). */
export function renderSettingsYaml(settings: Record<string, SettingValue>): string {
  const lines = Object.entries(settings).map(
    ([key, value]) => `${key}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
  );
  return `# Written by scripts/elasticsearch/start.ts on every start; edits are overwritten.\n${lines.join('\n')}\n`;
}
