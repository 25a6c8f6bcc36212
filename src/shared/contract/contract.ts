import type { z } from 'zod';
import { accessContract } from './accessChannels';
import { appContract } from './appInfo';
import { bundleContract } from './bundleChannels';
import { caseContract } from './caseChannels';
import { changeContract } from './changeChannels';
import type { ChannelDefinition } from './channelDefinition';
import { CHANNEL_METHODS, type Channel } from './channelMethods';
import { clientContract } from './clientChannels';
import type { Result } from './errors';
import { exportContract } from './exportChannels';
import { journalContract } from './journalChannels';
import { logContract } from './logChannels';
import { preferenceContract } from './preferenceChannels';
import { riskContract } from './riskChannels';
import { settingsContract } from './settingsChannels';
import { workspaceContract } from './workspaceChannels';

export type { ChannelDefinition } from './channelDefinition';

/**
 * Every channel between renderer and main: its request, its response and the permission it needs.
 * Each domain defines its channels beside their schemas (`*Channels.ts`); the type is spelled out as
 * their intersection so the compiler never has to write the whole contract out in one piece.
 */
export type Contract = typeof appContract &
  typeof logContract &
  typeof changeContract &
  typeof riskContract &
  typeof clientContract &
  typeof preferenceContract &
  typeof settingsContract &
  typeof workspaceContract &
  typeof exportContract &
  typeof bundleContract &
  typeof caseContract &
  typeof journalContract &
  typeof accessContract;

export const contract: Contract = {
  ...appContract,
  ...logContract,
  ...changeContract,
  ...riskContract,
  ...clientContract,
  ...preferenceContract,
  ...settingsContract,
  ...workspaceContract,
  ...exportContract,
  ...bundleContract,
  ...caseContract,
  ...journalContract,
  ...accessContract,
};

/** Compile-time proof that every channel of CHANNEL_METHODS has a definition, and nothing else does. */
type Missing = Exclude<Channel, keyof Contract>;
type Unknown = Exclude<keyof Contract, Channel>;
const complete: [Missing, Unknown] extends [never, never] ? true : never = true;
const everyDefinition: Record<Channel, ChannelDefinition> = contract;
void [complete, everyDefinition];

export type RequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type RequestInputOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

/** How one call may be steered by its caller. */
export interface CallOptions {
  /**
   * Abandons the call: it answers CANCELLED at once. Over HTTP the request is aborted, so main stops
   * the query on the cluster too; over IPC main finishes it and the answer is dropped.
   */
  signal?: AbortSignal;
}

/** One named method per channel, errors as values; `Options` is what a call can carry on its transport. */
export type ChannelApi<Options> = {
  [C in Channel as (typeof CHANNEL_METHODS)[C]]: (
    request: RequestInputOf<C>,
    options?: Options,
  ) => Promise<Result<ResponseOf<C>>>;
};

/** The renderer's whole surface. */
export type ConsoleApi = ChannelApi<CallOptions>;
