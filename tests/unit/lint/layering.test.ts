import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}

describe('layering lint rule', () => {
  it.each([
    ['src/shared/domain/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src/shared/domain/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/main/services/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/main/services/bad.ts', "import Store from 'electron-store';\nexport const x = Store;\n"],
    ['src/renderer/src/bad.ts', "import { Client } from '@elastic/elasticsearch';\nexport const x = Client;\n"],
    [
      'src/renderer/src/bad.ts',
      "import { createRouter } from '../../main/router/createRouter';\nexport const x = createRouter;\n",
    ],
    ['src/renderer/src/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/preload/bad.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    [
      'src/cli/bad.ts',
      "import { seedCommand } from '../../scripts/seed/seedCommand';\nexport const x = seedCommand;\n",
    ],
    [
      'src/main/workspace/bad.ts',
      "import { loadDataset } from '../../../scripts/seed/loadDataset';\nexport const x = loadDataset;\n",
    ],
    [
      'src/main/index.ts',
      "import { devConnection } from '../../scripts/dev/devConnection';\nexport const x = devConnection;\n",
    ],
  ])('rejects %s importing across a layer: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['src/main/electron/ok.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/main/index.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/preload/ok.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;\n"],
    [
      'src/renderer/src/ok.ts',
      "import type { ConsoleApi } from '../../shared/contract/contract';\nexport type X = ConsoleApi;\n",
    ],
    ['src/main/services/ok.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    [
      'scripts/seed/ok.ts',
      "import { generateDataset } from '../../src/main/demoData/generateDataset';\nexport const x = generateDataset;\n",
    ],
  ])('accepts %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toEqual([]);
  });
});
