import { app, BrowserWindow } from 'electron';
import { userInfo } from 'node:os';
import { createConsole } from './createConsole';
import { createMainWindow, hardenSession, rendererLocation } from './electron/createMainWindow';
import { ElectronSettingsStore } from './electron/ElectronSettingsStore';
import { quitAfterClosing } from './electron/quitAfterClosing';
import { registerRouter } from './electron/registerRouter';
import { SafeStorageSecretStore } from './electron/SafeStorageSecretStore';
import { askInWindow, showStartupFailure } from './electron/startupDialogs';
import { chooseBundleFile } from './electron/chooseBundleFile';
import { secretStoreBundleKeys } from './export/signing/BundleKeyStore';
import { checkSettingsAtStart } from './startup/checkSettingsAtStart';

app.enableSandbox();

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession();
  const dataDir = app.getPath('userData');
  const settingsStore = new ElectronSettingsStore(dataDir);
  if ((await checkSettingsAtStart(settingsStore, askInWindow)) === 'quit') return app.quit();
  const secretStore = new SafeStorageSecretStore();
  const user = userInfo();
  // With no cluster chosen the console reads the demo workspace, built in the background on first start.
  const core = await createConsole({
    dataDir,
    settingsStore,
    secretStore,
    user: { id: user.username, name: user.username },
    transport: 'ipc',
    version: app.getVersion(),
    // The bundle signing key lives in the OS keychain, like connection secrets.
    bundleKeys: secretStoreBundleKeys(secretStore),
    chooseBundleFile,
  });
  registerRouter(
    core.router,
    () => BrowserWindow.getAllWindows().map((window) => window.webContents),
    rendererLocation(),
  );
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  quitAfterClosing(app, () => core.close());
}

// A console that cannot start says why in a window, never by silently not opening one.
start().catch((error: unknown) => {
  showStartupFailure(error);
  app.quit();
});
