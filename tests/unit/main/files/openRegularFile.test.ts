import { execFileSync } from 'node:child_process';
import { constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBundle } from '../../../../src/main/export/bundle/openBundle';
import { BundleSignerSource } from '../../../../src/main/export/signing/bundleKey';
import { createRouter } from '../../../../src/main/router/createRouter';
import { createExportService } from '../../../../src/main/services/createExportService';
import { readCaCertificateFile } from '../../../../src/main/sources/elasticsearch/resolveTrustedCertificate';
import type { BundleVerdict } from '../../../../src/shared/contract/exportChannels';
import { refusingHandlers } from '../router/refusingHandlers';

/**
 * A renderer names the files main reads: a bundle to check or open, a connection's CA certificate. A named
 * pipe there would hold main's read (and a thread every file read shares) until something writes into
 * it, and a device never ends: each answers at once that it is no file, and nothing is read from it.
 */

let dir = '';
let pipe = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regular-file-'));
  pipe = join(dir, 'case-42.acbundle');
  execFileSync('mkfifo', [pipe]);
});

afterEach(async () => {
  // A read still waiting on the pipe is let go: a writer opens it and leaves.
  const writer = await open(pipe, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => null);
  await writer?.close();
  rmSync(dir, { recursive: true, force: true });
});

const router = () =>
  createRouter({
    handlers: refusingHandlers(
      createExportService({
        dataSources: { current: () => Promise.reject(new Error('no source is read')) },
        signer: new BundleSignerSource({ read: () => Promise.resolve(undefined), write: () => Promise.resolve() }),
        console: { name: 'Audit Console', version: 'test' },
      }),
    ),
    currentOperator: () => ({ id: 'ivy', name: 'Ivy', role: 'investigator', scope: null }),
    journal: { record: () => Promise.resolve() },
  });

describe('a path that is no file, named by the renderer', () => {
  it('as a bundle to verify is answered unreadable at once, as a pipe', { timeout: 5_000 }, async () => {
    const answer = await router().handle('bundle/verify', { path: pipe }, { trusted: true });
    expect(answer).toMatchObject({ ok: true, data: { verdict: 'unreadable' } });
    const verdict = (answer.ok ? answer.data : null) as BundleVerdict | null;
    expect(verdict?.unreadable).toMatch(/not a file/);
  });

  it('as a bundle to open is refused at once', { timeout: 5_000 }, async () => {
    await expect(openBundle(pipe)).rejects.toThrow(/not a file/);
  });

  it(
    'as a CA certificate file is refused at once, a pipe and an endless device alike',
    { timeout: 5_000 },
    async () => {
      for (const path of [pipe, '/dev/zero']) {
        await expect(readCaCertificateFile(path)).rejects.toThrow(/cannot be read: it is not a file/);
      }
    },
  );

  it('as a CA certificate file of megabytes is refused unread', async () => {
    const large = join(dir, 'ca.pem');
    writeFileSync(large, Buffer.alloc(5 * 1024 * 1024, 'A'));
    await expect(readCaCertificateFile(large)).rejects.toThrow(/larger than 4 MiB/);
  });
});
