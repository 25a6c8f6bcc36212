/**
 * npm run start:local [-- --port N --data-dir DIR --index-prefix P]: browser mode with the local
 * cluster (`npm run es:start`, or ES_URL) offered as a saved connection, active unless another was chosen.
 */
import { serveBrowserMode } from '../../src/cli/serveBrowserMode';
import { parseServeArgs } from '../../src/cli/serveCommand';
import { browserModeSettings } from '../../src/main/browser/startBrowserMode';
import { DEFAULT_INDEX_PATTERNS } from '../../src/shared/domain/fieldMapping';
import { ensureElasticsearch } from '../elasticsearch/connection';
import { devConnection, withDevConnection } from './devConnection';

function takeOption(args: string[], name: string): { value: string; rest: string[] } {
  const at = args.indexOf(name);
  if (at < 0) return { value: '', rest: args };
  return { value: args[at + 1] ?? '', rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

try {
  const { value: prefix, rest } = takeOption(process.argv.slice(2), '--index-prefix');
  const options = parseServeArgs(rest);
  const { connection, secrets } = await devConnection(await ensureElasticsearch(), {
    indexPatterns: {
      operational: `${prefix}${DEFAULT_INDEX_PATTERNS.operational}`,
      activity: `${prefix}${DEFAULT_INDEX_PATTERNS.activity}`,
    },
  });
  const settings = browserModeSettings(options.dataDir);
  await settings.write(withDevConnection(await settings.read(), connection));
  process.exitCode = await serveBrowserMode({ ...options, secretStore: secrets });
} catch (error) {
  console.error(`start:local: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
