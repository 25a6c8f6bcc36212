import type { ChannelApi } from './contract';
import type { Result } from './errors';

/**
 * Channel name -> the one method the preload exposes for it. Kept free of zod so the sandboxed
 * preload bundles nothing but names; `contract.ts` pairs each channel with its schemas.
 * Names show domain and direction: `logs/search`, `event:export/progress`.
 */
export const CHANNEL_METHODS = {
  'app/info': 'appInfo',
  'logs/search': 'searchLogs',
  'logs/facets': 'logFacets',
  'logs/histogram': 'logHistogram',
  'logs/suggest': 'suggestParties',
  'activity/search': 'searchActivity',
  'activity/facets': 'activityFacets',
  'activity/histogram': 'activityHistogram',
  'cursor/release': 'releaseCursor',
  'changes/diff': 'changeDiff',
  'changes/history': 'entityHistory',
  'changes/bulk': 'bulkChangeSet',
  'risk/editsBeforeWithdrawal': 'riskEditsBeforeWithdrawal',
  'risk/offHours': 'riskOffHoursEdits',
  'risk/bulkOperations': 'riskBulkOperations',
  'clients/find': 'findClients',
  'clients/summary': 'clientSummary',
  'clients/sessions': 'clientSessions',
  'clients/coverage': 'loggingCoverage',
  'clients/recent': 'recentClients',
  'prefs/columns/get': 'gridColumns',
  'prefs/columns/save': 'saveGridColumns',
  'prefs/display/get': 'displayPreferences',
  'prefs/display/save': 'saveDisplayPreferences',
  'views/list': 'listViews',
  'views/unreadable': 'listUnreadableViews',
  'views/save': 'saveView',
  'views/delete': 'deleteView',
  'prefs/reset': 'resetPreferences',
  'settings/get': 'getSettings',
  'settings/connection/save': 'saveConnection',
  'settings/connection/delete': 'deleteConnection',
  'settings/connection/activate': 'activateConnection',
  'settings/connection/test': 'testConnection',
  'settings/operators/save': 'saveOperators',
  'workspace/status': 'workspaceStatus',
  'workspace/reset': 'resetWorkspace',
  'export/preview': 'previewExport',
  'export/start': 'startExport',
  'bundle/start': 'startBundle',
  'export/status': 'exportStatus',
  'export/cancel': 'cancelExport',
  'bundle/verify': 'verifyBundle',
  'bundle/open': 'openBundle',
  'bundle/case': 'bundleCase',
  'bundle/close': 'closeBundle',
  'bundle/choose': 'chooseBundleFile',
  'bundle/upload/begin': 'beginBundleUpload',
  'bundle/upload/chunk': 'sendBundleChunk',
  'bundle/upload/cancel': 'cancelBundleUpload',
  'cases/list': 'listCases',
  'cases/get': 'getCase',
  'cases/create': 'createCase',
  'cases/edit': 'editCase',
  'cases/delete': 'deleteCase',
  'cases/pin': 'pinQuery',
  'cases/star': 'starEvent',
  'cases/keptStar': 'keptStar',
  'cases/editStarNote': 'editStarNote',
  'cases/removeEvidence': 'removeEvidence',
  'journal/status': 'journalStatus',
  'access/roleMapping/get': 'roleMapping',
  'access/roleMapping/dryRun': 'dryRunRoleMapping',
  'access/roleMapping/dryRunUser': 'dryRunRoleMappingForUser',
  'access/roleMapping/save': 'saveRoleMapping',
  'journal/search': 'searchJournal',
  'journal/clientViewers': 'clientViewers',
} as const;

export type Channel = keyof typeof CHANNEL_METHODS;
export type MethodName = (typeof CHANNEL_METHODS)[Channel];

export const CHANNELS = Object.keys(CHANNEL_METHODS) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(CHANNEL_METHODS, name);
}

/** A transport's one way of making a call: the channel, its request, and what the transport can carry. */
export type ChannelCall<Options> = (channel: Channel, request: unknown, options?: Options) => Promise<Result<unknown>>;

/**
 * The contract's named methods over one transport, frozen: each method bound to its own channel, nothing
 * generic exposed. This is where a transport's answer takes its channel's response type: main parses
 * every answer with that channel's response schema before it leaves, so the answer is what the type says.
 */
export function bindChannels<Options>(call: ChannelCall<Options>): ChannelApi<Options> {
  const api: Record<string, (request: unknown, options?: Options) => Promise<Result<unknown>>> = {};
  for (const channel of CHANNELS) {
    api[CHANNEL_METHODS[channel]] = (request, options) => call(channel, request, options);
  }
  return Object.freeze(api) as ChannelApi<Options>;
}
