import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserMode } from '../main/browser/startBrowserMode';
import { createDataSourceProvider } from '../main/sources/createDataSourceProvider';
import { readPackageVersion } from './readPackageVersion';
import { readDevConnection, withDevConnection } from './devConnection';
import { storeConnectionSecret } from '../main/settings/connectionSecrets';
import { MemorySecretStore } from '../main/settings/MemorySecretStore';
import { createDemoDataSource } from '../main/workspace/createDemoDataSource';

const USAGE = 'usage: audit-console serve [--port N] [--data-dir DIR] [--cluster local] [--index-prefix P]';

/** Browser mode: prints a single-use address (and another on Enter) and serves until interrupted. */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '4780' },
      'data-dir': { type: 'string' },
      cluster: { type: 'string' },
      'index-prefix': { type: 'string', default: '' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535\n${USAGE}`);
    return 2;
  }
  const root = resolve(import.meta.dirname, '../..');
  const rendererDir = join(root, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('The renderer is not built yet: run `npm run build` first (npm run start:browser does both).');
    return 1;
  }
  const dataDir =
    values['data-dir'] ?? join(process.env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'audit-console');
  if (values.cluster !== undefined && values.cluster !== 'local') {
    console.error(`--cluster takes only "local"\n${USAGE}`);
    return 2;
  }
  const secrets = new MemorySecretStore();
  // With no cluster chosen the console reads the demo workspace, built here on first start.
  const demo = createDemoDataSource(dataDir);
  let mode;
  try {
    const dev = values.cluster === 'local' ? readDevConnection(root, values['index-prefix']) : null;
    if (dev) await storeConnectionSecret(secrets, dev.connection, dev.password);
    mode = await startBrowserMode({
      port,
      dataDir,
      rendererDir,
      version: readPackageVersion(root),
      secretStore: secrets,
      demo,
      openDataSources: (settings) =>
        createDataSourceProvider({
          settings: dev ? withDevConnection(settings, dev.connection) : settings,
          secrets,
          fallback: demo.fallback(),
        }),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') console.error(`Port ${port} is already in use; pass --port N (0 picks a free one).`);
    else console.error(`Browser mode could not start: ${(error as Error).message}`);
    await demo.close();
    return 1;
  }
  console.log(`Audit Console (browser mode) is serving on ${mode.url} (127.0.0.1 only).`);
  console.log(`Open: ${mode.launchUrl}`);
  console.log('Each address opens the console once.');
  // Another tab, or a tab closed by mistake, gets a fresh single-use address from here.
  const onLine = () => console.log(`Open: ${mode.issueLaunchUrl()}`);
  if (process.stdin.isTTY) {
    console.log('Press Enter here for another address.');
    process.stdin.on('data', onLine);
  }
  await new Promise<void>((done) => {
    const stop = () => {
      process.stdin.off('data', onLine).pause();
      void mode.close().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
