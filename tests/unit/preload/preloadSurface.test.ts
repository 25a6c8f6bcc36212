import { describe, expect, it } from 'vitest';
import { CHANNEL_METHODS, CHANNELS } from '../../../src/shared/contract/channelMethods';
import { contract } from '../../../src/shared/contract/contract';
import { createPreloadApi } from '../../../src/preload/createPreloadApi';

describe('the exposed surface equals the contract', () => {
  it('names every contract channel once, and nothing else', () => {
    expect(Object.keys(CHANNEL_METHODS).sort()).toEqual(Object.keys(contract).sort());
    const methods = Object.values(CHANNEL_METHODS);
    expect(new Set(methods).size).toBe(methods.length);
  });

  it('preload exposes exactly one named method per channel, each bound to its own channel', async () => {
    const calls: [string, unknown][] = [];
    const api = createPreloadApi((channel, request) => {
      calls.push([channel, request]);
      return Promise.resolve({ ok: true, data: null });
    });
    expect(Object.keys(api).sort()).toEqual(Object.values(CHANNEL_METHODS).sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    for (const channel of CHANNELS) {
      const method = CHANNEL_METHODS[channel];
      await (api[method] as (request: unknown) => Promise<unknown>)({ marker: channel });
    }
    expect(calls).toEqual(CHANNELS.map((channel) => [channel, { marker: channel }]));
  });

  it('every channel declares request, response and permission', () => {
    for (const definition of Object.values(contract)) {
      expect(definition.permission).toMatch(/^[a-z]+:[a-z]+$/);
      expect(typeof definition.request.parse).toBe('function');
      expect(typeof definition.response.parse).toBe('function');
    }
  });
});
