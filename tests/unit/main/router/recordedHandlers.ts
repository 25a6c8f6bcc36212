import type { Handlers } from '../../../../src/main/router/createRouter';

type Services = Record<string, (...args: unknown[]) => Promise<unknown>>;

/** The services as the router reaches them: each channel's name is pushed onto `handled` as it is served. */
export function recordedHandlers(services: Handlers | Services, handled: string[]): Handlers {
  return Object.fromEntries(
    Object.entries(services as Services).map(([channel, handler]) => [
      channel,
      (...args: unknown[]) => {
        handled.push(channel);
        return handler(...args);
      },
    ]),
  ) as Handlers;
}
