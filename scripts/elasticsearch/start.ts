/**
 * npm run es:start [-- --port N]: fetch, verify and start the local Elasticsearch for dev and tests,
 * or reuse the one already running; with ES_URL set, check that cluster instead.
 */
import { ensureElasticsearch } from './connection';
import { localConnectionFile, parsePort } from './paths';

try {
  const port = parsePort(process.argv.slice(2), process.env);
  const connection = await ensureElasticsearch({ port });
  if (connection.source === 'local') {
    console.log(`Connection details (user ${connection.username ?? '?'}) are in ${localConnectionFile()}.`);
  }
} catch (error) {
  console.error(`es:start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
