import { z } from 'zod';
import {
  ClientId,
  ClientMatch,
  ClientSummary,
  Coverage,
  RecentClient,
  clientSearchText,
} from '../domain/clientDirectory';
import { DEFAULT_INACTIVITY_GAP_MINUTES, InactivityGapMinutes, SESSION_LANES, SessionPage } from '../domain/sessions';
import { tooLong } from '../domain/tooLong';
import { wholeNumber } from '../domain/wholeNumber';
import { TimeRange } from '../query/logQuery';
import { idSecretProblem } from '../query/searchTextSecret';
import { channel, type ContractPart } from './channelDefinition';

/**
 * Type-ahead: a piece of a client's id, name or e-mail address. Never text holding a secret: whether a
 * client matched it would tell whether some client's id is that secret.
 */
export const FindClientsRequest = z
  .object({
    text: z
      .string()
      .overwrite(clientSearchText)
      .min(2, { error: 'Type at least 2 characters of a client id, name or e-mail address' })
      .max(100, tooLong('The client search'))
      .superRefine((text, context) => {
        const advice = 'Type a piece of the client’s id, name or e-mail address instead.';
        const problem = idSecretProblem(text, 'client search', advice);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
  })
  .strict();
export const ClientMatches = z.array(ClientMatch);

export const ClientSummaryRequest = z.object({ clientId: ClientId, timeRange: TimeRange.optional() }).strict();

/** The most sessions one page lists. */
export const MAX_SESSION_PAGE = 100;

export const SessionsRequest = z
  .object({
    clientId: ClientId,
    timeRange: TimeRange.optional(),
    gapMinutes: InactivityGapMinutes.default(DEFAULT_INACTIVITY_GAP_MINUTES),
    lanes: z
      .array(z.enum(SESSION_LANES))
      .min(1, { error: 'Choose whose sessions to list: the client, managers or both' })
      .default([...SESSION_LANES]),
    limit: wholeNumber('The number of sessions on a page', 1, MAX_SESSION_PAGE).default(25),
    /** The page position a previous page handed out: it carries the sessions still open, so it is long. */
    cursor: z
      .string()
      .min(1, 'The page position is empty; start again from the first page.')
      .max(500_000, tooLong('The page position', 'Start again from the first page.'))
      .optional(),
  })
  .strict();

/** Coverage of one client, or of every client in the operator's scope when `clientId` is absent. */
export const CoverageRequest = z.object({ clientId: ClientId.optional(), timeRange: TimeRange.optional() }).strict();

export const RecentClientsRequest = z.object({}).strict();
export const RecentClients = z.array(RecentClient);

export { ClientSummary, Coverage, SessionPage };

/** The channels of this part of the contract (see contract.ts). */
export const clientContract = {
  /** Type-ahead over client ids, names and e-mail addresses, within the operator's scope. */
  'clients/find': channel({
    request: FindClientsRequest,
    response: ClientMatches,
    permission: 'activity:read',
    audited: true,
  }),
  /** The client page's header; its activity part only for roles that show client activity. */
  'clients/summary': channel({
    request: ClientSummaryRequest,
    response: ClientSummary,
    permission: 'logs:read',
    audited: true,
  }),
  'clients/sessions': channel({
    request: SessionsRequest,
    response: SessionPage,
    permission: 'activity:read',
    audited: true,
  }),
  'clients/coverage': channel({
    request: CoverageRequest,
    response: Coverage,
    permission: 'activity:read',
    audited: true,
  }),
  /** The clients whose page this operator opened lately (within their scope), newest first. */
  'clients/recent': channel({
    request: RecentClientsRequest,
    response: RecentClients,
    permission: 'logs:read',
    audited: true,
  }),
} satisfies ContractPart;
