import { BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/contentSecurityPolicy';

/** Where the renderer is loaded from: the dev server under `npm run dev`, the built file otherwise. */
export function rendererLocation(): string {
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (devServer) return devServer;
  return `file://${join(import.meta.dirname, '../renderer/index.html')}`;
}

/** Applies once per session: CSP on every response, every permission request denied. */
export function hardenSession(): void {
  const defaultSession = session.defaultSession;
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
}

/** A hardened window: isolated, sandboxed, no Node, no navigation away, no new windows. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    show: false,
    title: 'Audit Console',
    // Built to out/main/: the app icon is in the repository's resources/ folder beside out/.
    icon: join(import.meta.dirname, '../../resources/icon.png'),
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  const home = rendererLocation();
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(home.split('#')[0] ?? home)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(home);
  return window;
}
