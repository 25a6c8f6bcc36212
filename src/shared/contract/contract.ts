import { z } from 'zod';
import type { Permission } from '../domain/roles';
import { AppInfo } from './appInfo';
import {
  ClientMatches,
  ClientSummary,
  ClientSummaryRequest,
  Coverage,
  CoverageRequest,
  FindClientsRequest,
  RecentClients,
  RecentClientsRequest,
  SessionPage,
  SessionsRequest,
} from './clientChannels';
import {
  ActivityFacetsRequest,
  ActivityHistogramRequest,
  Facets,
  Histogram,
  LogPage,
  OperationalFacetsRequest,
  OperationalHistogramRequest,
  ReleaseCursorRequest,
  Released,
  SearchRequest,
  SuggestRequest,
  Suggestions,
} from './logChannels';
import {
  DeleteViewRequest,
  DisplayPreferences,
  DisplayPreferencesRequest,
  Done,
  GridColumns,
  GridColumnsRequest,
  ListViewsRequest,
  PreferencesReset,
  ResetPreferencesRequest,
  SavedView,
  SavedViews,
  SaveDisplayPreferencesRequest,
  SaveGridColumnsRequest,
  SaveViewRequest,
} from './preferenceChannels';
import {
  ActivateConnectionRequest,
  ConnectionTestReport,
  DeleteConnectionRequest,
  SaveConnectionRequest,
  SaveOperatorsRequest,
  SettingsView,
  TestConnectionRequest,
} from './settingsChannels';
import { ResetWorkspaceRequest, WorkspaceState, WorkspaceStatusRequest } from './workspaceChannels';
import {
  BulkChangeSet,
  BulkChangeSetRequest,
  ChangeRequest,
  ChangeView,
  EntityHistory,
  EntityHistoryRequest,
} from './changeChannels';
import {
  BulkOperations,
  BulkOperationsRequest,
  EditsBeforeWithdrawal,
  EditsBeforeWithdrawalRequest,
  OffHoursEdits,
  OffHoursEditsRequest,
} from './riskChannels';
import {
  BundleStartRequest,
  BundleVerdict,
  BundleVerifyRequest,
  ExportJob,
  ExportJobRequest,
  ExportPreview,
  ExportPreviewRequest,
  ExportStartRequest,
} from './exportChannels';
import {
  BundleChoice,
  BundleChooseRequest,
  BundleClosed,
  BundleCloseRequest,
  BundleOpenRequest,
  BundleOpenResult,
} from './bundleChannels';
import { RoleMappingDryRun, RoleMappingDryRunRequest, RoleMappingView, SaveRoleMappingRequest } from './accessChannels';
import { CHANNEL_METHODS, type Channel } from './channelMethods';
import {
  ClientViewers,
  ClientViewersRequest,
  JournalEntries,
  JournalSearchRequest,
  JournalStatus,
} from './journalChannels';
import type { Result } from './errors';
import {
  CaseFields,
  CaseList,
  CaseRequest,
  InvestigationCase,
  PinQueryRequest,
  StarEventRequest,
  RemoveEvidenceRequest,
} from '../domain/investigationCase';

export interface ChannelDefinition<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  readonly request: Req;
  readonly response: Res;
  /** What the operator's role must grant before the handler runs. */
  readonly permission: Permission;
  /**
   * Whether every call goes into the operators' journal: each read of log data and each settings
   * change. Refused calls are journaled on every channel.
   */
  readonly audited: boolean;
}

function channel<Req extends z.ZodType, Res extends z.ZodType>(
  definition: ChannelDefinition<Req, Res>,
): ChannelDefinition<Req, Res> {
  return definition;
}

const Empty = z.object({}).strict();

/** Every channel between renderer and main: its request, its response and the permission it needs. */
export const contract = {
  'app/info': channel({ request: Empty, response: AppInfo, permission: 'app:read', audited: false }),
  'logs/search': channel({
    request: SearchRequest.operational,
    response: LogPage,
    permission: 'logs:read',
    audited: true,
  }),
  'logs/facets': channel({
    request: OperationalFacetsRequest,
    response: Facets,
    permission: 'logs:read',
    audited: true,
  }),
  'logs/histogram': channel({
    request: OperationalHistogramRequest,
    response: Histogram,
    permission: 'logs:read',
    audited: true,
  }),
  'logs/suggest': channel({ request: SuggestRequest, response: Suggestions, permission: 'logs:read', audited: true }),
  'activity/search': channel({
    request: SearchRequest.activity,
    response: LogPage,
    permission: 'activity:read',
    audited: true,
  }),
  'activity/facets': channel({
    request: ActivityFacetsRequest,
    response: Facets,
    permission: 'activity:read',
    audited: true,
  }),
  'activity/histogram': channel({
    request: ActivityHistogramRequest,
    response: Histogram,
    permission: 'activity:read',
    audited: true,
  }),
  'cursor/release': channel({
    request: ReleaseCursorRequest,
    response: Released,
    permission: 'logs:read',
    audited: false,
  }),
  /** One event's change: side by side, names only (profile edits) or why it cannot be shown. */
  'changes/diff': channel({ request: ChangeRequest, response: ChangeView, permission: 'activity:read', audited: true }),
  /** Every edit of one target entity in order, with the state the edits leave and the gaps between them. */
  'changes/history': channel({
    request: EntityHistoryRequest,
    response: EntityHistory,
    permission: 'activity:read',
    audited: true,
  }),
  /** One bulk operation as one change set over its clients. */
  'changes/bulk': channel({
    request: BulkChangeSetRequest,
    response: BulkChangeSet,
    permission: 'activity:read',
    audited: true,
  }),
  'risk/editsBeforeWithdrawal': channel({
    request: EditsBeforeWithdrawalRequest,
    response: EditsBeforeWithdrawal,
    permission: 'activity:read',
    audited: true,
  }),
  'risk/offHours': channel({
    request: OffHoursEditsRequest,
    response: OffHoursEdits,
    permission: 'activity:read',
    audited: true,
  }),
  'risk/bulkOperations': channel({
    request: BulkOperationsRequest,
    response: BulkOperations,
    permission: 'activity:read',
    audited: true,
  }),
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
  'prefs/columns/get': channel({
    request: GridColumnsRequest,
    response: GridColumns,
    permission: 'app:read',
    audited: false,
  }),
  'prefs/columns/save': channel({
    request: SaveGridColumnsRequest,
    response: Done,
    permission: 'app:read',
    audited: false,
  }),
  /** How this operator likes things shown (local time or UTC), kept between sessions. */
  'prefs/display/get': channel({
    request: DisplayPreferencesRequest,
    response: DisplayPreferences,
    permission: 'app:read',
    audited: false,
  }),
  'prefs/display/save': channel({
    request: SaveDisplayPreferencesRequest,
    response: DisplayPreferences,
    permission: 'app:read',
    audited: false,
  }),
  'views/list': channel({ request: ListViewsRequest, response: SavedViews, permission: 'app:read', audited: false }),
  'views/save': channel({ request: SaveViewRequest, response: SavedView, permission: 'app:read', audited: false }),
  'views/delete': channel({ request: DeleteViewRequest, response: Done, permission: 'app:read', audited: false }),
  /** Keeps the operator's damaged preferences file aside so saving views works again; nothing is deleted. */
  'prefs/reset': channel({
    request: ResetPreferencesRequest,
    response: PreferencesReset,
    permission: 'app:read',
    audited: false,
  }),
  'settings/get': channel({ request: Empty, response: SettingsView, permission: 'settings:manage', audited: false }),
  'settings/connection/save': channel({
    request: SaveConnectionRequest,
    response: SettingsView,
    permission: 'settings:manage',
    audited: true,
  }),
  'settings/connection/delete': channel({
    request: DeleteConnectionRequest,
    response: SettingsView,
    permission: 'settings:manage',
    audited: true,
  }),
  'settings/connection/activate': channel({
    request: ActivateConnectionRequest,
    response: SettingsView,
    permission: 'settings:manage',
    audited: true,
  }),
  'settings/connection/test': channel({
    request: TestConnectionRequest,
    response: ConnectionTestReport,
    permission: 'settings:manage',
    audited: true,
  }),
  'settings/operators/save': channel({
    request: SaveOperatorsRequest,
    response: SettingsView,
    permission: 'settings:manage',
    audited: true,
  }),
  'workspace/status': channel({
    request: WorkspaceStatusRequest,
    response: WorkspaceState,
    permission: 'app:read',
    audited: false,
  }),
  /** Deletes and regenerates the demo workspace; answers at once, progress comes through `workspace/status`. */
  'workspace/reset': channel({
    request: ResetWorkspaceRequest,
    response: WorkspaceState,
    permission: 'settings:manage',
    audited: true,
  }),
  /** Columns, row counts and what redaction will remove, before anything is written. */
  'export/preview': channel({
    request: ExportPreviewRequest,
    response: ExportPreview,
    permission: 'export:run',
    audited: true,
  }),
  /** CSV or NDJSON; answers when finished (or why not). Follow it meanwhile with `export/status`. */
  'export/start': channel({
    request: ExportStartRequest,
    response: ExportJob,
    permission: 'export:run',
    audited: true,
  }),
  /** A signed investigation bundle; answers when finished, like `export/start`. */
  'bundle/start': channel({
    request: BundleStartRequest,
    response: ExportJob,
    permission: 'bundle:create',
    audited: true,
  }),
  'export/status': channel({
    request: ExportJobRequest,
    response: ExportJob,
    permission: 'export:run',
    audited: false,
  }),
  'export/cancel': channel({ request: ExportJobRequest, response: ExportJob, permission: 'export:run', audited: true }),
  /** Checks a bundle file and answers the verdict, check by check. */
  'bundle/verify': channel({
    request: BundleVerifyRequest,
    response: BundleVerdict,
    permission: 'export:run',
    audited: true,
  }),
  /** Verifies a bundle and, if it holds, makes it the console's read-only source; else answers the verdict. */
  'bundle/open': channel({
    request: BundleOpenRequest,
    response: BundleOpenResult,
    permission: 'export:run',
    audited: true,
  }),
  /** Closes the reopened bundle: the console reads its previous source again. */
  'bundle/close': channel({
    request: BundleCloseRequest,
    response: BundleClosed,
    permission: 'app:read',
    audited: true,
  }),
  /** The desktop's file-open dialog for a bundle; browser mode has none (give a path). */
  'bundle/choose': channel({
    request: BundleChooseRequest,
    response: BundleChoice,
    permission: 'export:run',
    audited: false,
  }),
  'cases/list': channel({ request: Empty, response: CaseList, permission: 'cases:manage', audited: true }),
  'cases/get': channel({
    request: CaseRequest,
    response: InvestigationCase,
    permission: 'cases:manage',
    audited: true,
  }),
  'cases/create': channel({
    request: CaseFields,
    response: InvestigationCase,
    permission: 'cases:manage',
    audited: true,
  }),
  'cases/delete': channel({ request: CaseRequest, response: Done, permission: 'cases:manage', audited: true }),
  /** Pins a view's query to a case, its time range frozen to absolute UTC. */
  'cases/pin': channel({
    request: PinQueryRequest,
    response: InvestigationCase,
    permission: 'cases:manage',
    audited: true,
  }),
  'cases/star': channel({
    request: StarEventRequest,
    response: InvestigationCase,
    permission: 'cases:manage',
    audited: true,
  }),
  /** Unpins a query or unstars an event of a case. */
  'cases/removeEvidence': channel({
    request: RemoveEvidenceRequest,
    response: Done,
    permission: 'cases:manage',
    audited: true,
  }),
  /** Where this console's journal lines go: the cluster's journal index, or this workstation only. */
  'journal/status': channel({ request: Empty, response: JournalStatus, permission: 'app:read', audited: false }),
  /** The operators' journal, read only, filtered; reading it is journaled too. */
  'journal/search': channel({
    request: JournalSearchRequest,
    response: JournalEntries,
    permission: 'journal:read',
    audited: true,
  }),
  /** Who looked at one client, from the journal. */
  'journal/clientViewers': channel({
    request: ClientViewersRequest,
    response: ClientViewers,
    permission: 'journal:read',
    audited: true,
  }),
  /** The role mapping kept on the cluster (or the defaults), for the admin's editor. */
  'access/roleMapping/get': channel({
    request: Empty,
    response: RoleMappingView,
    permission: 'settings:manage',
    audited: true,
  }),
  /** What a mapping would make of one user, computed against the cluster; nothing is saved. */
  'access/roleMapping/dryRun': channel({
    request: RoleMappingDryRunRequest,
    response: RoleMappingDryRun,
    permission: 'settings:manage',
    audited: true,
  }),
  /** Saves the mapping on the cluster with the admin's own credentials. */
  'access/roleMapping/save': channel({
    request: SaveRoleMappingRequest,
    response: RoleMappingView,
    permission: 'settings:manage',
    audited: true,
  }),
} satisfies Record<Channel, ChannelDefinition>;

export type Contract = typeof contract;
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
