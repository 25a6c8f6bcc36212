import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest file under `dir` (recursively) and when it changed; null when there is none. */
function newestFile(dir: string): { path: string; mtimeMs: number } | null {
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const candidate = entry.isDirectory() ? newestFile(path) : { path, mtimeMs: statSync(path).mtimeMs };
    if (candidate && (!newest || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
  }
  return newest;
}

/**
 * Refuses to run the e2e tests on a renderer built before its sources last changed: the tests drive
 * `out/renderer` against the main process's current sources, so a stale build pairs today's main with
 * yesterday's grid and fails in ways that point at neither.
 */
export function assertFreshBuild(root: string, sourceDirs: readonly string[] = ['src/renderer', 'src/shared']): void {
  const built = join(root, 'out', 'renderer', 'index.html');
  let builtAt: number;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    throw new Error(`No built renderer at ${built}: run npm run build before the e2e tests.`);
  }
  for (const dir of sourceDirs) {
    const newest = newestFile(join(root, dir));
    if (newest && newest.mtimeMs > builtAt) {
      throw new Error(
        `The built renderer is older than ${newest.path}: run npm run build before the e2e tests, ` +
          'or they drive an old renderer against the current main process.',
      );
    }
  }
}
