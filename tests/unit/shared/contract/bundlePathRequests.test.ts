import { describe, expect, it } from 'vitest';
import { BundleOpenRequest } from '../../../../src/shared/contract/bundleChannels';
import { BundleVerifyRequest } from '../../../../src/shared/contract/exportChannels';

/**
 * A bundle's path is shown in the verdict and written into the journal as typed: one holding a character
 * that hides or reorders text (a right-to-left override shows "case\u202Elndbca.exe" as "caseexe.acbundl") or a NUL, which no file name
 * holds, is refused with the character named, before any file is looked at.
 */
const REQUESTS = { 'bundle/verify': BundleVerifyRequest, 'bundle/open': BundleOpenRequest } as const;

describe.each(Object.entries(REQUESTS))('a %s request', (_channel, schema) => {
  it.each([
    ['a right-to-left override', '/home/ivy/case\u202Elndbca.exe', 'U+202E'],
    ['a NUL', '/home/ivy/case-42.acbundle\u0000.txt', 'U+0000'],
    ['a zero-width space', '/home/ivy/ca\u200Bse-42.acbundle', 'U+200B'],
  ])('naming a path with %s is refused, naming it', (_what, path, named) => {
    const parsed = schema.safeParse({ path });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(named);
  });

  it('naming an ordinary path, spaces and accents included, is accepted', () => {
    expect(schema.safeParse({ path: '/home/ivy/Évidence 2026/case-42.acbundle' }).success).toBe(true);
  });
});
