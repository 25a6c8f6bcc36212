import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../../shared/domain/bundleFormat';
import { UnreadableBundleError } from './bundleIndex';

/**
 * Reads `format.json`, the first file of a bundle: a newer format version is refused by name before
 * anything is misread. A damaged `format.json` is read as this version; the manifest check names it.
 */
export function readBundleFormat(bytes: Buffer | null, path: string): { version: number } {
  if (!bytes) throw new UnreadableBundleError(`${path} is not an Audit Console bundle (it has no format.json).`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { version: BUNDLE_FORMAT_VERSION };
  }
  const { format, version } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  if (format !== BUNDLE_FORMAT) {
    throw new UnreadableBundleError(`${path} is a tar archive but not an Audit Console bundle.`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) return { version: BUNDLE_FORMAT_VERSION };
  if (version > BUNDLE_FORMAT_VERSION) {
    throw new UnreadableBundleError(
      `${path} is a bundle of format version ${version}, written by a newer Audit Console; this console reads version ${BUNDLE_FORMAT_VERSION}. Update the console to check or open it.`,
    );
  }
  return { version };
}
