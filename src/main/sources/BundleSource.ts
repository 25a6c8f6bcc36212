import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BundleVerdict } from '../../shared/contract/exportChannels';
import type { OpenedBundle } from '../../shared/contract/bundleChannels';
import { ConsoleError } from '../../shared/contract/errors';
import { coveredGroundOf } from '../../shared/domain/bundleCoverage';
import type { BundleCase, Custody } from '../../shared/domain/bundleFormat';
import type { LogSource } from '../../shared/query/logSource';
import { openBundle } from '../export/bundle/openBundle';
import { verifyBundle } from '../export/bundle/verifyBundle';
import { formatFingerprint } from '../export/signing/bundleKey';
import { EmbeddedLogSource } from './embedded/EmbeddedLogSource';
import { fillEmbeddedDatabase } from './embedded/fillEmbeddedDatabase';
import { openEmbeddedDatabase } from './embedded/openEmbeddedDatabase';
import { claimBundleStore, releaseBundleStore } from './bundleStores';

/** A reopened bundle: its records in a read-only embedded store, with what every screen shows about it. */
export interface BundleSource {
  view: OpenedBundle;
  /** The case the bundle carries (notes and stars, redacted when exported); empty when it carries none. */
  case: BundleCase;
  source: LogSource;
  close(): Promise<void>;
}

export type BundleOpening = { opened: true; bundle: BundleSource } | { opened: false; verdict: BundleVerdict };

export interface OpenBundleOptions {
  /** Signing keys this workstation trusts: fingerprint to what the key is known as. */
  trusted: ReadonlyMap<string, string>;
  /** A folder for the store's file, removed when the bundle is closed. */
  workDir: string;
  /** What the verdict and every screen call the file (an upload's name); its path's file name unless given. */
  shownAs?: string;
  now?: () => Date;
}

function describeSource(source: Custody['source']): string {
  if (source.kind === 'embedded') return source.label;
  const name = source.clusterName ?? source.url;
  const uuid = source.clusterUuid ? ` (uuid ${source.clusterUuid})` : '';
  return `cluster ${name}${uuid}, indices ${source.indexPatterns.operational} and ${source.indexPatterns.activity}`;
}

/** Only an unknown signer may stand: the key travels in the bundle and its fingerprint is shown. */
function acceptable(verdict: BundleVerdict): boolean {
  if (verdict.verdict === 'intact') return true;
  if (verdict.verdict !== 'altered' || verdict.moreProblems > 0 || !verdict.signer) return false;
  return verdict.problems.every((problem) => problem.kind === 'signer-unknown');
}

async function fingerprintOfFile(path: string): Promise<string> {
  const { size, mtimeMs, ino } = await stat(path);
  return `${size}:${mtimeMs}:${ino}`;
}

/**
 * Verifies a bundle and, only when nothing in it was altered, loads its records into an embedded store
 * opened read-only. An altered, damaged or unreadable bundle is not opened: the verdict says why. A
 * bundle signed by a key this workstation does not know opens, and says so wherever it is shown.
 */
export async function openBundleSource(path: string, options: OpenBundleOptions): Promise<BundleOpening> {
  const before = await fingerprintOfFile(path).catch(() => null);
  const shown = options.shownAs ?? path;
  const verdict = await verifyBundle(path, { trusted: options.trusted, shownAs: shown });
  if (!acceptable(verdict) || !verdict.signer || !verdict.custody) return { opened: false, verdict };
  const storePath = await claimBundleStore(options.workDir);
  const bundle = await openBundle(path, shown);
  let families: OpenedBundle['families'];
  try {
    const instance = await openEmbeddedDatabase(storePath);
    const connection = await instance.connect();
    try {
      const counts = await fillEmbeddedDatabase(connection, bundle.documents());
      families = { operational: counts.operational, activity: counts.activity };
      await connection.run('CHECKPOINT');
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    // Checked, then read: a file replaced in between is not what was checked.
    if (before === null || (await fingerprintOfFile(path)) !== before) {
      throw new ConsoleError('CORRUPT', `${basename(shown)} changed while it was being opened; open it again.`);
    }
  } catch (error) {
    await releaseBundleStore(storePath);
    throw error;
  } finally {
    await bundle.close();
  }
  const custody = verdict.custody;
  const signer = verdict.signer;
  const file = basename(shown);
  const records = families.operational + families.activity;
  const source = await EmbeddedLogSource.openFile(storePath, {
    identity: { label: `bundle ${file}`, file, details: { records, signer: signer.fingerprint } },
  });
  const fingerprint = formatFingerprint(signer.fingerprint);
  const view: OpenedBundle = {
    file,
    openedAt: (options.now?.() ?? new Date()).toISOString(),
    records,
    families,
    queries: bundle.queries.length,
    coverage: bundle.queries.map(coveredGroundOf),
    verdict: signer.trusted ? 'intact' : 'unknown-signer',
    verdictSummary: signer.trusted
      ? `Verified: unaltered, signed by ${signer.knownAs ?? 'a trusted key'}.`
      : `Unaltered, but signed by a key this workstation does not know (${fingerprint}): compare it with the exporter's fingerprint before relying on it.`,
    signer: { fingerprint: signer.fingerprint, knownAs: signer.knownAs },
    custody: {
      operator: { id: custody.operator.id, name: custody.operator.name, role: custody.operator.role },
      purpose: custody.purpose,
      exportedAt: custody.exportedAt,
      source: describeSource(custody.source),
      consoleVersion: custody.console.version,
    },
  };
  return {
    opened: true,
    bundle: {
      view,
      case: bundle.case,
      source,
      async close() {
        await source.close();
        await releaseBundleStore(storePath);
      },
    },
  };
}
