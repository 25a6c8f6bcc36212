import { _electron as electron, expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { findElectronBinary } from './electronBinary';

const binary = findElectronBinary();
if ('missing' in binary) {
  console.log(`Electron smoke test skipped: ${binary.missing}. It runs wherever npm could download Electron.`);
}

test('the desktop app opens a hardened window that reaches main only through the preload', async () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
  if (!('path' in binary)) return;
  const app = await electron.launch({ executablePath: binary.path, args: [resolve(import.meta.dirname, '../..')] });
  try {
    const page = await app.firstWindow();
    await page.waitForSelector('html[data-app-state="loaded"]');
    await expect(page.getByTestId('status-operator')).not.toBeEmpty();
    const surface = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      methods: Object.keys(window.auditConsole ?? {}).sort(),
      ipc: 'ipcRenderer' in window,
    }));
    expect(surface.require).toBe('undefined');
    expect(surface.process).toBe('undefined');
    expect(surface.methods).toContain('appInfo');
    expect(surface.ipc).toBe(false);
    const denied = await page.evaluate(() =>
      navigator.permissions.query({ name: 'geolocation' }).then((status) => status.state),
    );
    expect(denied).not.toBe('granted');
  } finally {
    await app.close();
  }
});
