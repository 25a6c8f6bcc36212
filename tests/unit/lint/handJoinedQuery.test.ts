import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const RENDERER_FILE = 'src/renderer/src/features/example.ts';

/** What the rule against joining a route and its query by hand says of `code` in the renderer. */
async function handJoins(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: RENDERER_FILE });
  return (result?.messages ?? [])
    .filter((message) => message.message.startsWith('Join a route and its parameters with withSearch'))
    .map((message) => message.message);
}

const declared = 'declare const path: string;\ndeclare const search: string;\ndeclare const id: string;\n';

describe('rule: a route and its query are joined by withSearch only', () => {
  it.each([
    'export const to = search ? `${path}?${search}` : path;',
    "export const to = `${path}${search ? `?${search}` : ''}`;",
    'export const to = `/history/${path}?event=${id}`;',
    "export const to = id ? `?event=${id}` : '';",
    "export const to = path + '?' + search;",
    "export const to = path + '?event=' + id;",
  ])('rejects %s', async (code) => {
    expect(await handJoins(declared + code)).toHaveLength(1);
  });

  it.each([
    "import { withSearch } from '../routing/withSearch';\nexport const to = withSearch(path, search);",
    'export const to = `${path}/${id}`;',
    'export const said = `Open ${id}? ${search}`;',
    'export const said = `Did you mean ${id}?`;',
    "export const to = '#/logs?last=1h';",
    "export const said = 'Keep ' + id + '?';",
  ])('accepts %s', async (code) => {
    expect(await handJoins(declared + code)).toEqual([]);
  });
});
