import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { appendFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real, tiny file system (tmpfs) the tests can fill up, so "disk full" is the kernel's own ENOSPC. */
export interface SmallDisk {
  dir: string;
  /** Takes every free byte with a ballast file. */
  fill(): Promise<void>;
  /** Gives the ballast's space back. */
  free(): Promise<void>;
  /** The files left in `dir`, the ballast aside. */
  files(): Promise<string[]>;
  /** Remounts it read-only: every write fails with the kernel's own EROFS, even an administrator's. */
  readOnly(): void;
  /** Remounts it writable again, what was on it kept. */
  writable(): void;
  unmount(): void;
}

const BALLAST = '.ballast';

function mount(sizeKb: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

/** Why a tmpfs cannot be mounted (or remounted read-only) here, not root or no mount, or null when it can. */
export const smallDiskUnavailable: string | null = (() => {
  if (process.platform !== 'linux') return 'tmpfs needs Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  try {
    const probe = mount(64);
    execFileSync('mount', ['-o', 'remount,ro', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe]);
    rmSync(probe, { recursive: true, force: true });
    return null;
  } catch (error) {
    return `mount -t tmpfs failed: ${(error as Error).message.split('\n', 1)[0]}`;
  }
})();

export function mountSmallDisk(sizeKb = 256): SmallDisk {
  const dir = mount(sizeKb);
  const ballast = join(dir, BALLAST);
  return {
    dir,
    async fill() {
      const chunk = Buffer.alloc(4096, 1);
      for (;;) {
        try {
          await appendFile(ballast, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return;
          throw error;
        }
      }
    },
    free: () => rm(ballast, { force: true }),
    files: async () => (await readdir(dir, { recursive: true })).filter((name) => name !== BALLAST).sort(),
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' }),
    writable: () => execFileSync('mount', ['-o', 'remount,rw', dir], { stdio: 'pipe' }),
    unmount() {
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An empty disk mounted read-only from the start: a folder no export can write to, whoever runs it. */
export function mountReadOnlyDisk(): SmallDisk {
  const disk = mountSmallDisk(64);
  disk.readOnly();
  return disk;
}
