import { BrowserWindow, dialog } from 'electron';
import { BUNDLE_EXTENSION } from '../../shared/domain/bundleFormat';

/** The desktop's file-open dialog for an investigation bundle; null when the operator cancels. */
export async function chooseBundleFile(): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow();
  const options: Electron.OpenDialogOptions = {
    title: 'Open an investigation bundle',
    buttonLabel: 'Verify and open',
    properties: ['openFile'],
    filters: [
      { name: 'Investigation bundles', extensions: [BUNDLE_EXTENSION.slice(1)] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const { canceled, filePaths } = owner
    ? await dialog.showOpenDialog(owner, options)
    : await dialog.showOpenDialog(options);
  return canceled ? null : (filePaths[0] ?? null);
}
