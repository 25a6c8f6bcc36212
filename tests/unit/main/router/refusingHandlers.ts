import type { Handlers } from '../../../../src/main/router/createRouter';
import { CHANNELS } from '../../../../src/shared/contract/channelMethods';

/**
 * A handler for every channel, each refusing with `refusal` (a test that reaches a service it did not
 * give fails on it), but those in `served`: the channels a test serves, handlers or whole services.
 */
export function refusingHandlers(served: object = {}, refusal: unknown = new Error('not used in this test')): Handlers {
  const refuse = () => Promise.reject(refusal);
  return { ...Object.fromEntries(CHANNELS.map((channel) => [channel, refuse])), ...served } as unknown as Handlers;
}
