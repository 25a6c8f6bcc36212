import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedCommand } from '../../../../scripts/seed/seedCommand';

describe('seedCommand (no cluster needed)', () => {
  afterEach(() => vi.restoreAllMocks());

  function capture() {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void out.push(String(line)));
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void out.push(String(line)));
    return out;
  }

  it('rejects bad arguments with exit code 2 and the usage', async () => {
    const out = capture();
    expect(await seedCommand(['--preset', 'huge'])).toBe(2);
    expect(out.join('\n')).toMatch(/Unknown --preset "huge"[\s\S]*Usage: npm run seed/);
    expect(await seedCommand(['--clients', '-3'])).toBe(2);
    expect(await seedCommand(['--bogus'])).toBe(2);
  });

  it('counts a dataset and writes the violation manifest on a dry run', async () => {
    const out = capture();
    const manifest = join(mkdtempSync(join(tmpdir(), 'seed-')), 'violations.json');
    const code = await seedCommand([
      '--clients',
      '20',
      '--days',
      '3',
      '--seed',
      '5',
      '--end-date',
      '2026-11-30',
      '--inject-violations',
      '--dry-run',
      '--manifest',
      manifest,
    ]);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/Would load [\d,]+ documents \(operational [\d,]+, activity [\d,]+\)/);
    const written = JSON.parse(readFileSync(manifest, 'utf8')) as { options: { seed: string }; violations: unknown[] };
    expect(written.options.seed).toBe('5');
    expect(written.violations.length).toBeGreaterThan(0);
  });
});
