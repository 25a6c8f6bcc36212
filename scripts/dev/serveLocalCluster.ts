/**
 * npm run start:local [-- --port N --data-dir DIR --index-prefix P]: browser mode with the local
 * cluster (`npm run es:start`, or ES_URL) offered as a saved connection, active unless another was chosen.
 */
import { join } from 'node:path';
import { serveBrowserMode } from '../../src/cli/serveBrowserMode';
import { parseServeArgs } from '../../src/cli/serveCommand';
import { storeConnectionSecret } from '../../src/main/settings/connectionSecrets';
import { FileSettingsStore } from '../../src/main/settings/FileSettingsStore';
import { MemorySecretStore } from '../../src/main/settings/MemorySecretStore';
import { ensureElasticsearch } from '../elasticsearch/connection';
import { devConnection, withDevConnection } from './devConnection';

function takeOption(args: string[], name: string): { value: string | undefined; rest: string[] } {
  const at = args.indexOf(name);
  if (at < 0) return { value: undefined, rest: args };
  return { value: args[at + 1], rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

try {
  const { value: indexPrefix, rest } = takeOption(process.argv.slice(2), '--index-prefix');
  const options = parseServeArgs(rest);
  const { connection, secret } = devConnection(await ensureElasticsearch(), indexPrefix);
  const settings = new FileSettingsStore(join(options.dataDir, 'settings.json'));
  await settings.write(withDevConnection(await settings.read(), connection));
  const secrets = new MemorySecretStore();
  if (secret !== undefined) await storeConnectionSecret(secrets, connection, secret);
  process.exitCode = await serveBrowserMode({ ...options, secretStore: secrets });
} catch (error) {
  console.error(`start:local: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
