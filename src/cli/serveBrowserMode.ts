import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startBrowserMode, type BrowserMode } from '../main/browser/startBrowserMode';
import { describeBundleVerdict } from '../shared/domain/describeBundleVerdict';
import { MemorySecretStore } from '../main/settings/MemorySecretStore';
import { readPackageVersion } from './readPackageVersion';
import type { ServeOptions } from './serveCommand';
import { errnoCode } from '../main/files/errnoCode';

const ROOT = resolve(import.meta.dirname, '../..');

/** Browser mode: prints a single-use address (and another on Enter) and serves until interrupted. */
export async function serveBrowserMode(options: ServeOptions): Promise<number> {
  const rendererDir = join(ROOT, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('The renderer is not built yet: run `npm run build` first (npm run start:browser does both).');
    return 1;
  }
  let mode: BrowserMode;
  try {
    // With no cluster chosen the console reads the demo workspace, built here on first start.
    mode = await startBrowserMode({
      port: options.port,
      dataDir: options.dataDir,
      rendererDir,
      version: readPackageVersion(ROOT),
      secretStore: options.secretStore ?? new MemorySecretStore(),
    });
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EADDRINUSE') {
      console.error(`Port ${options.port} is already in use; pass --port N (0 picks a free one).`);
    } else console.error(`Browser mode could not start: ${(error as Error).message}`);
    return 1;
  }
  if (options.bundle && !(await openBundle(mode, options.bundle))) {
    await mode.close();
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

/** Verifies and opens the bundle; says what kept it closed. */
async function openBundle(mode: BrowserMode, path: string): Promise<boolean> {
  try {
    const result = await mode.openBundle(path);
    if (!result.opened) {
      console.error(describeBundleVerdict(result.verdict));
      console.error('The bundle was not opened: nothing in it is shown unless every check holds.');
      return false;
    }
    const { bundle } = result;
    console.log(`Bundle ${bundle.file} is open, read-only: ${bundle.records.toLocaleString('en')} records.`);
    console.log(bundle.verdictSummary);
    return true;
  } catch (error) {
    console.error(`The bundle was not opened: ${(error as Error).message}`);
    return false;
  }
}
