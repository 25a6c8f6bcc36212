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

/** Why a tmpfs cannot be mounted here (not root, no mount), or null when it can. */
export const smallDiskUnavailable: string | null = (() => {
  if (process.platform !== 'linux') return 'tmpfs needs Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  try {
    const probe = mount(64);
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
    unmount() {
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
