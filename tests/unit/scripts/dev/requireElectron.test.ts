import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronBinary, NO_ELECTRON_MESSAGE } from '../../../../scripts/dev/requireElectron';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('is null when the package has no binary (its installer never ran), and does not download one', () => {
    dir = mkdtempSync(join(tmpdir(), 'electron-'));
    expect(findElectronBinary(dir, {})).toBeNull();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir, {})).toBeNull();
  });

  it('finds the binary path.txt names, or the one ELECTRON_OVERRIDE_DIST_PATH holds', () => {
    dir = mkdtempSync(join(tmpdir(), 'electron-'));
    writeFileSync(join(dir, 'path.txt'), 'electron');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(findElectronBinary(dir, {})).toBe(join(dir, 'dist', 'electron'));
    const override = join(dir, 'elsewhere');
    mkdirSync(override);
    writeFileSync(join(override, 'electron'), '');
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(join(override, 'electron'));
  });
});

const root = resolve(import.meta.dirname, '../../../..');
// Build machines have no Electron binary (see the README); where one is installed, npm start starts the app.
const hasBinary = findElectronBinary(join(root, 'node_modules', 'electron')) !== null;

describe('npm start without an Electron binary', () => {
  it.skipIf(hasBinary)('says so, points to browser mode and fails, before building anything', () => {
    const run = spawnSync('npm', ['start', '--silent'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(NO_ELECTRON_MESSAGE);
    expect(run.stdout).not.toContain('building');
  });
});
