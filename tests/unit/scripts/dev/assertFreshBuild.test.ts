import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertFreshBuild } from '../../../../scripts/dev/assertFreshBuild';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function file(path: string, secondsAgo: number): void {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, 'x');
  const at = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(full, at, at);
}

describe('assertFreshBuild', () => {
  it('accepts a renderer built after its sources last changed', () => {
    root = mkdtempSync(join(tmpdir(), 'fresh-build-'));
    file('src/renderer/src/App.tsx', 60);
    file('src/shared/query/logQuery.ts', 50);
    file('out/renderer/index.html', 10);
    expect(() => assertFreshBuild(root)).not.toThrow();
  });

  it('refuses a renderer built before a source changed, naming the source', () => {
    root = mkdtempSync(join(tmpdir(), 'fresh-build-'));
    file('out/renderer/index.html', 60);
    file('src/renderer/src/features/logGrid/useLogGrid.ts', 5);
    expect(() => assertFreshBuild(root)).toThrow(/older than .*useLogGrid\.ts: run npm run build/);
  });

  it('refuses a missing build', () => {
    root = mkdtempSync(join(tmpdir(), 'fresh-build-'));
    file('src/shared/query/logQuery.ts', 5);
    expect(() => assertFreshBuild(root)).toThrow(/No built renderer .* run npm run build/);
  });
});
