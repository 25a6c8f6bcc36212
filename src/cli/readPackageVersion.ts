import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readPackageVersion(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}
