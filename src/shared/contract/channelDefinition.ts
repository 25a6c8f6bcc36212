import { z } from 'zod';
import type { Permission } from '../domain/roles';
import type { ErrorCode } from './errors';
import type { Channel } from './channelMethods';

export interface ChannelDefinition<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  readonly request: Req;
  readonly response: Res;
  /** What the operator's role must grant before the handler runs. */
  readonly permission: Permission;
  /**
   * Whether every call goes into the operators' journal: each read of log data or of a case's evidence,
   * each export and each change of settings or cases. A read that only fills a list or a form with the
   * console's own bookkeeping (settings, preferences, saved views, the list of cases, whether a case stars
   * an event) is not, so that a line stands for something an operator looked at. Refused calls are
   * journaled on every channel.
   */
  readonly audited: boolean;
  /**
   * For an answer that says what was asked was not done (a bundle not opened, being altered or no bundle):
   * the code its journal line is refused with, so an auditor reading the refusals sees the attempt.
   */
  readonly refusedIn?: (answer: z.infer<Res>) => ErrorCode | null;
  /**
   * For an answer that says what was asked could not be done (a cluster not reached by a connection test):
   * the code its journal line is failed with, as if the handler had thrown it. A finding the call was made
   * to report (a bundle verified as altered) is its answer, not a failure.
   */
  readonly failedIn?: (answer: z.infer<Res>) => ErrorCode | null;
}

/** One domain's channels: each key a channel name of CHANNEL_METHODS. */
export type ContractPart = { readonly [C in Channel]?: ChannelDefinition };

export function channel<Req extends z.ZodType, Res extends z.ZodType>(
  definition: ChannelDefinition<Req, Res>,
): ChannelDefinition<Req, Res> {
  return definition;
}

/** A request that carries nothing. */
export const Empty = z.object({}).strict();
