import { ConsoleError } from '../../shared/contract/errors';
import type { Channel } from '../../shared/contract/channelMethods';
import type { Handlers } from '../router/createRouter';
import { scopedBundleView } from '../access/scopedBundleView';
import { trustedKeys } from '../export/signing/trustedKeys';
import type { ActiveSource } from '../sources/ActiveSource';
import { openBundleSource } from '../sources/BundleSource';
import { bundleCaseView } from '../sources/bundleCaseView';
import { bundleStoresDir } from '../sources/bundleStores';
import type { BundleUploads } from '../sources/BundleUploads';

type BundleHandlers = Pick<
  Handlers,
  | 'bundle/open'
  | 'bundle/case'
  | 'bundle/close'
  | 'bundle/choose'
  | 'bundle/upload/begin'
  | 'bundle/upload/chunk'
  | 'bundle/upload/cancel'
>;

export interface BundleServiceDependencies {
  source: Pick<ActiveSource, 'openBundle' | 'closeBundle' | 'bundle' | 'status'>;
  /** This workstation's bundle key fingerprint, or null when it has none yet. */
  ownFingerprint: () => Promise<string | null>;
  /** The app's data folder: a reopened bundle's store is kept under it while open. */
  dataDir: string;
  /** Bundles being uploaded from operators' disks (browser mode). */
  uploads: BundleUploads;
  /** The desktop's file-open dialog; absent in browser mode and on the command line. */
  chooseFile?: () => Promise<string | null>;
}

/**
 * Reopening bundles: verify first, and only an unaltered bundle becomes the console's read-only source
 * (an altered one answers its verdict and opens nothing); closing returns to the source read before.
 */
export function createBundleService(deps: BundleServiceDependencies): BundleHandlers {
  return {
    'bundle/open': async (request, { operator }) => {
      const trusted = trustedKeys(request.trust, await deps.ownFingerprint());
      const workDir = bundleStoresDir(deps.dataDir);
      // An upload is checked exactly as a file on disk is, under the name the operator chose.
      const opening =
        'uploadId' in request
          ? await deps.uploads.useComplete(operator.id, request.uploadId, (path, shownAs) =>
              openBundleSource(path, { trusted, workDir, shownAs }),
            )
          : await openBundleSource(request.path, { trusted, workDir });
      if (!opening.opened) return opening;
      await deps.source.openBundle(opening.bundle);
      return { opened: true, bundle: await scopedBundleView(operator, opening.bundle.view, opening.bundle.source) };
    },
    'bundle/upload/begin': ({ fileName, bytes }, { operator }) => deps.uploads.begin(operator.id, fileName, bytes),
    'bundle/upload/chunk': ({ uploadId, index, data }, { operator }) =>
      deps.uploads.chunk(operator.id, uploadId, index, data),
    'bundle/upload/cancel': async ({ uploadId }, { operator }) => ({
      cancelled: await deps.uploads.cancel(operator.id, uploadId),
    }),
    'bundle/case': async (_request, { operator }) => bundleCaseView(deps.source.bundle()?.case ?? null, operator),
    'bundle/close': async () => {
      const closed = await deps.source.closeBundle();
      return { closed, source: (await deps.source.status()).label };
    },
    'bundle/choose': async () => {
      if (!deps.chooseFile) {
        throw new ConsoleError('UNAVAILABLE', 'Browser mode has no file dialog: type the path of the bundle file.');
      }
      return { path: await deps.chooseFile() };
    },
  };
}

/** Channels that would change evidence or re-sign records: refused while a bundle is open. */
const WRITES = [
  'cases/create',
  'cases/edit',
  'cases/delete',
  'cases/pin',
  'cases/star',
  'cases/editStarNote',
  'cases/removeEvidence',
  'views/save',
  'bundle/start',
] as const;
type WriteChannel = (typeof WRITES)[number] & Channel;

const REFUSALS: Readonly<Record<WriteChannel, string>> = {
  'cases/create': 'cases cannot be created or changed',
  'cases/edit': 'cases cannot be created or changed',
  'cases/delete': 'cases cannot be created or changed',
  'cases/pin': 'its queries cannot be pinned to a case (they would be read against a live source later)',
  'cases/star': 'its records cannot be starred into a case',
  'cases/editStarNote': 'cases cannot be created or changed',
  'cases/removeEvidence': 'cases cannot be created or changed',
  'views/save': 'views cannot be saved against it',
  'bundle/start':
    'its records cannot be re-signed into another bundle (a CSV or NDJSON export of them is a new file, not evidence)',
};

/**
 * The handlers with every write refused while a bundle is open: a reopened bundle is read-only, so no
 * case, saved view or new signature can be made from it. The refusal names the way out.
 */
export function refuseWritesWhileBundleOpen(handlers: Handlers, isOpen: () => boolean): Handlers {
  const guarded: Handlers = { ...handlers };
  for (const channel of WRITES) {
    const handler = handlers[channel] as (request: unknown, context: unknown) => Promise<unknown>;
    (guarded as Record<string, unknown>)[channel] = (request: unknown, context: unknown) => {
      if (!isOpen()) return handler(request, context);
      const message = `A reopened bundle is read-only: ${REFUSALS[channel]}. Close the bundle to go back to your source.`;
      return Promise.reject(new ConsoleError('FORBIDDEN', message));
    };
  }
  return guarded;
}
