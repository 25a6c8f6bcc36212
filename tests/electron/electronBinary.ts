import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The Electron binary if npm's install fetched it; requiring `electron` would try to download it,
 * so the path is read from the package's own record instead.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const packageDir = resolve(import.meta.dirname, '../../node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'the Electron binary was not downloaded (node_modules/electron/path.txt is absent)' };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `the Electron binary ${binary} is absent` };
}
