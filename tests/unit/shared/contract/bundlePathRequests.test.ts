import { describe, expect, it } from 'vitest';
import { BundleOpenRequest } from '../../../../src/shared/contract/bundleChannels';
import { BundleVerifyRequest, NUL_IN_PATH } from '../../../../src/shared/contract/exportChannels';

/**
 * A bundle's path with a NUL, which no file name holds, is refused before any file is looked at. A file
 * received from elsewhere may be named with characters that hide or reorder text: its path is taken, and
 * the verdict and the journal name each such character.
 */
const REQUESTS = { 'bundle/verify': BundleVerifyRequest, 'bundle/open': BundleOpenRequest } as const;

describe.each(Object.entries(REQUESTS))('a %s request', (_channel, schema) => {
  it('naming a path with a NUL is refused, naming it', () => {
    const parsed = schema.safeParse({ path: '/home/ivy/case-42.acbundle\u0000.txt' });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(NUL_IN_PATH);
  });

  it.each([
    ['spaces and accents', '/home/ivy/Évidence 2026/case-42.acbundle'],
    ['a right-to-left override, as a received file may be named', '/home/ivy/case \u202E77.acbundle'],
    ['a zero-width space', '/home/ivy/ca\u200Bse-42.acbundle'],
  ])('naming a path with %s is accepted', (_what, path) => {
    expect(schema.safeParse({ path }).success).toBe(true);
  });
});
