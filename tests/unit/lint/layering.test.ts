import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** What the layering rules say of `code` placed at `filePath`: static imports and run-time loads alike. */
async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) =>
      ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'].includes(message.ruleId ?? ''),
    )
    .map((message) => message.message);
}

const uses = (module: string, name = 'x') => `import { ${name} } from '${module}';\nexport const y = ${name};\n`;
const usesType = (module: string) => `import type { X } from '${module}';\nexport type Y = X;\n`;
const loads = (module: string) => `export const load = () => import('${module}');\n`;

describe('layering lint rule', () => {
  it.each([
    // shared: no Node, no electron, no other layer
    ['src/shared/domain/bad.ts', uses('node:fs', 'readFileSync')],
    ['src/shared/domain/bad.ts', uses('electron', 'app')],
    ['src/shared/domain/bad.ts', loads('node:fs')],
    // main services: no electron (any subpath, any way of loading it), no electron glue, no scripts
    ['src/main/services/bad.ts', uses('electron', 'app')],
    ['src/main/services/bad.ts', uses('electron/main', 'ipcMain')],
    ['src/main/services/bad.ts', loads('electron')],
    ['src/main/services/bad.ts', loads('electron/main')],
    [
      'src/main/services/bad.ts',
      "declare const require: (id: string) => unknown;\nexport const x = require('electron');\n",
    ],
    ['src/main/services/bad.ts', "const name = 'electron';\nexport const load = () => import(name);\n"],
    ['src/main/services/bad.ts', "import Store from 'electron-store';\nexport const x = Store;\n"],
    ['src/main/services/bad.ts', uses('../electron/registerRouter', 'registerRouter')],
    ['src/main/bad.ts', uses('./electron/createMainWindow', 'createMainWindow')],
    ['src/main/bad.ts', loads('./electron/createMainWindow')],
    ['src/main/workspace/deep/bad.ts', uses('../../electron/registerRouter', 'registerRouter')],
    ['src/cli/bad.ts', uses('../main/electron/registerRouter', 'registerRouter')],
    ['src/cli/bad.ts', uses('../../scripts/seed/seedCommand', 'seedCommand')],
    ['src/main/workspace/bad.ts', uses('../../../scripts/seed/loadDataset', 'loadDataset')],
    ['src/main/index.ts', uses('../../scripts/dev/devConnection', 'devConnection')],
    // renderer: the typed api only
    ['src/renderer/src/bad.ts', uses('@elastic/elasticsearch', 'Client')],
    ['src/renderer/src/bad.ts', uses('../../main/router/createRouter', 'createRouter')],
    ['src/renderer/src/bad.ts', loads('../../main/router/createRouter')],
    ['src/renderer/src/bad.ts', uses('electron', 'app')],
    ['src/renderer/src/bad.ts', uses('electron/renderer', 'ipcRenderer')],
    // preload: names from the contract's zod-free files, types from the contract and nowhere else
    ['src/preload/bad.ts', uses('zod', 'z')],
    ['src/preload/bad.ts', uses('../shared/contract/contract', 'contract')],
    ['src/preload/bad.ts', loads('../shared/contract/contract')],
    ['src/preload/bad.ts', usesType('../shared/domain/roles')],
    ['src/preload/bad.ts', usesType('../main/router/createRouter')],
    ['src/preload/bad.ts', loads('../shared/domain/roles')],
  ])('rejects %s: %s', async (filePath, code) => {
    expect(await layeringErrors(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['src/main/electron/ok.ts', uses('electron', 'app')],
    ['src/main/electron/ok.ts', loads('electron')],
    ['src/main/index.ts', uses('electron', 'app')],
    ['src/main/index.ts', uses('./electron/registerRouter', 'registerRouter')],
    ['src/preload/ok.ts', uses('electron', 'contextBridge')],
    ['src/preload/ok.ts', uses('../shared/contract/channelMethods', 'CHANNEL_METHODS')],
    ['src/preload/ok.ts', uses('../shared/contract/bridgeCall', 'CANCEL_CALL_MESSAGE')],
    ['src/preload/ok.ts', usesType('../shared/contract/contract')],
    ['src/renderer/src/ok.ts', usesType('../../shared/contract/contract')],
    ['src/main/services/ok.ts', uses('node:fs', 'readFileSync')],
    ['src/main/services/ok.ts', usesType('electron')],
    ['src/cli/ok.ts', loads('./serveCommand')],
    ['scripts/seed/ok.ts', uses('../../src/main/demoData/generateDataset', 'generateDataset')],
  ])('accepts %s: %s', async (filePath, code) => {
    expect(await layeringErrors(filePath, code)).toEqual([]);
  });
});
