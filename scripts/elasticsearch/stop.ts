/** npm run es:stop [-- --port N]: stop the local Elasticsearch that es:start started on that port. */
import { rmSync } from 'node:fs';
import { readConnectionFile, readLocalConnection } from './connection';
import { isOurNode, readPid, stopProcess } from './node';
import { cacheBase, distributionPaths, localConnectionFile, nodePaths, parsePort } from './paths';
import { isRoot } from './serviceUser';

async function stop(): Promise<void> {
  const port = parsePort(process.argv.slice(2), process.env);
  if (process.env.ES_URL !== undefined && process.env.ES_URL !== '') {
    console.log('Note: ES_URL is set; es:stop only stops the local node es:start started, never that cluster.');
  }
  const paths = nodePaths(distributionPaths(cacheBase(process.env, isRoot())).versionDir, port);
  const pid = readPid(paths) ?? readConnectionFile(paths.stateFile)?.pid;
  forgetLocalConnection(port);
  if (pid === undefined || !isOurNode(pid, paths)) {
    console.log(`Elasticsearch is not running on port ${port} (nothing of ours to stop).`);
    return;
  }
  console.log(`Stopping Elasticsearch on port ${port} (pid ${pid}) ...`);
  const startedAt = Date.now();
  const how = await stopProcess(pid);
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(
    how === 'stopped'
      ? `Elasticsearch (pid ${pid}) stopped in ${seconds} s.`
      : `Elasticsearch (pid ${pid}) ignored SIGTERM for 60 s and was killed.`,
  );
}

/** Drops this checkout's connection file when it points at the port being stopped. */
function forgetLocalConnection(port: number): void {
  let local;
  try {
    local = readLocalConnection();
  } catch {
    local = undefined; // unreadable: leave it for es:start to overwrite
  }
  if (local?.source === 'local' && new URL(local.url).port === String(port)) {
    rmSync(localConnectionFile(), { force: true });
  }
}

try {
  await stop();
} catch (error) {
  console.error(`es:stop: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
