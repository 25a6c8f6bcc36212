import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Said when the desktop app cannot start because its Electron binary is not installed. */
export const NO_ELECTRON_MESSAGE = [
  'The desktop app cannot start: the Electron binary is not installed (node_modules/electron has no dist/).',
  'Its installer downloads the binary from outside the npm registry; on a machine where that is blocked,',
  'run the console in a browser instead:',
  '',
  '  npm run start:browser        builds, then serves on http://127.0.0.1:4780 (open the address it prints)',
  '  npx audit-console serve --help',
  '',
  'Or install the binary where downloads are allowed: npx install-electron, then npm start again.',
].join('\n');

/**
 * Where the Electron binary is, found as electron's own launcher finds it (its path.txt under
 * node_modules/electron/dist, or ELECTRON_OVERRIDE_DIST_PATH), without ever triggering its download;
 * null when it is not there.
 */
export function findElectronBinary(
  electronDir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | null {
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? join(override, executable || 'electron')
    : executable && join(electronDir, 'dist', executable);
  return binary && existsSync(binary) ? binary : null;
}

/** `npm start` and `npm run dev` run this first: without a binary they say so and point to browser mode. */
function main(): void {
  if (findElectronBinary(resolve(import.meta.dirname, '../../node_modules/electron')) === null) {
    console.error(NO_ELECTRON_MESSAGE);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
