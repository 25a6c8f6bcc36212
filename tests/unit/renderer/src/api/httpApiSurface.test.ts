import { describe, expect, it } from 'vitest';
import { CHANNEL_METHODS } from '../../../../../src/shared/contract/channelMethods';
import { createHttpApi } from '../../../../../src/renderer/src/api/createHttpApi';

describe('browser transport', () => {
  it('offers the same named methods as the preload, one per channel', () => {
    const session = Promise.resolve({ header: 'unused' });
    expect(Object.keys(createHttpApi(session)).sort()).toEqual(Object.values(CHANNEL_METHODS).sort());
  });
});
