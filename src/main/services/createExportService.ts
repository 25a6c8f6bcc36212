import type { Handlers } from '../router/createRouter';
import { verifyBundle } from '../export/bundle/verifyBundle';
import { ExportJobs } from '../export/ExportJobs';
import { systemTimeZone } from '../export/localTime';
import { previewExport } from '../export/previewExport';
import { refuseConsoleFolder } from '../export/refuseConsoleFolder';
import { runExport, type ExportPlan } from '../export/runExport';
import type { BundleSignerSource } from '../export/signing/bundleKey';
import { trustedKeys } from '../export/signing/trustedKeys';
import type { LogSource } from '../../shared/query/logSource';

type ExportHandlers = Pick<
  Handlers,
  'export/preview' | 'export/start' | 'bundle/start' | 'export/status' | 'export/cancel' | 'bundle/verify'
>;

export interface ExportServiceDependencies {
  /** Where logs are read from now (the console's active source). */
  dataSources: { current(): Promise<LogSource> };
  /** The workstation's bundle key: made on first use, kept in the secret store or an owner-only file. */
  signer: BundleSignerSource;
  console: { name: string; version: string };
  /** The zone local times are shown in when the request names none: the workstation's. */
  timeZone?: () => string;
  /** The console's data folder: no export is written into it (see refuseConsoleFolder). */
  consoleFolder?: string;
}

/**
 * Exports and bundles: preview, start (answers when the export has finished; follow it meanwhile with
 * `export/status`), cancel, and verify. Every read goes to the current source with the operator's
 * scope, through the console's redaction, into a file renamed into place only when complete.
 */
export function createExportService(deps: ExportServiceDependencies): ExportHandlers {
  const jobs = new ExportJobs();
  const zone = (requested: string | undefined) => requested ?? deps.timeZone?.() ?? systemTimeZone();
  const signerFingerprint = () => deps.signer.existingFingerprint();

  const start = async (jobId: string, plan: ExportPlan, context: Parameters<Handlers['export/start']>[1]) =>
    jobs.run(jobId, context.operator.id, plan.format, context.signal, async (signal, progress) => {
      if (deps.consoleFolder) await refuseConsoleFolder(plan.target.directory, deps.consoleFolder);
      return runExport(plan, {
        source: await deps.dataSources.current(),
        operator: context.operator,
        signal,
        console: deps.console,
        signer: () => deps.signer.get(),
        progress,
      });
    });

  return {
    'export/preview': async (request, { operator, signal }) =>
      previewExport(
        await deps.dataSources.current(),
        { format: request.format, queries: request.queries, timeZone: zone(request.timeZone) },
        operator,
        signal,
        signerFingerprint,
      ),
    'export/start': (request, context) =>
      start(
        request.jobId,
        {
          format: request.format,
          queries: request.queries,
          target: request.target,
          purpose: request.purpose,
          timeZone: zone(request.timeZone),
        },
        context,
      ),
    'bundle/start': (request, context) =>
      start(
        request.jobId,
        {
          format: 'bundle',
          queries: request.queries,
          target: request.target,
          purpose: request.purpose,
          timeZone: zone(undefined),
          ...(request.case ? { case: request.case } : {}),
        },
        context,
      ),
    'export/status': ({ jobId }, { operator }) => Promise.resolve(jobs.status(jobId, operator.id)),
    'export/cancel': ({ jobId }, { operator }) => Promise.resolve(jobs.cancel(jobId, operator.id)),
    'bundle/verify': async ({ path, trust }) =>
      verifyBundle(path, { trusted: trustedKeys(trust, await signerFingerprint()) }),
  };
}
