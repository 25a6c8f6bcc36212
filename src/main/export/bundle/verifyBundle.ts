import type { FileHandle } from 'node:fs/promises';
import type { BundleVerdict } from '../../../shared/contract/exportChannels';
import { BUNDLE_FILES, BundleQueries, Custody, Manifest } from '../../../shared/domain/bundleFormat';
import { NOT_A_FILE, openRegularFile } from '../../files/openRegularFile';
import { readBundleFormat } from './bundleFormatFile';
import { indexBundle, readEntry, UnreadableBundleError, type BundleEntry } from './bundleIndex';
import { checkFiles } from './checkFiles';
import type { RecordsCheck } from './checkRecords';
import { checkSignature } from './checkSignature';
import { Findings } from './Findings';
import { errnoCode } from '../../files/errnoCode';

export interface VerifyOptions {
  /** Keys trusted to sign bundles: fingerprint (hex) to what the key is known as. */
  trusted: ReadonlyMap<string, string>;
  /** Problems listed one by one before the rest are only counted. */
  maxProblems?: number;
  /** What the verdict and its messages call the file (an upload's name); its path unless given. */
  shownAs?: string;
}

function parseJson<T>(
  bytes: Buffer | null,
  schema: { safeParse: (value: unknown) => { success: boolean; data?: T } },
): T | null {
  if (!bytes) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? (parsed.data ?? null) : null;
  } catch {
    return null;
  }
}

function checkCounts(
  findings: Findings,
  manifest: Manifest,
  queries: BundleQueries | null,
  records: ReadonlyMap<string, RecordsCheck>,
): number | null {
  if (!queries) {
    findings.check('Counts', false, 'queries.json cannot be read, so the counts cannot be checked.');
    findings.problem({ kind: 'count', path: BUNDLE_FILES.queries, message: 'queries.json is missing or damaged.' });
    return null;
  }
  const wrong: string[] = [];
  let total = 0;
  for (const query of queries.queries) {
    const found = records.get(query.records);
    total += query.exported;
    if (query.exported !== query.hitCount) {
      wrong.push(
        `query ${query.number} holds ${query.exported.toLocaleString('en')} of the ${query.hitCount.toLocaleString('en')} records it matched`,
      );
    }
    if (!found) continue;
    if (found.found !== query.exported || found.promised !== query.exported) {
      wrong.push(
        `query ${query.number} should hold ${query.exported.toLocaleString('en')} records; ${found.found.toLocaleString('en')} are in ${query.records}`,
      );
    }
    if (found.resultSetSha256 !== query.resultSetSha256) {
      wrong.push(
        `the result set of query ${query.number} is not the one exported (records added, dropped, changed or reordered)`,
      );
    }
  }
  if (manifest.counts.records !== total || manifest.counts.queries !== queries.queries.length) {
    wrong.push('the totals in the manifest do not add up');
  }
  if (manifest.counts.files !== manifest.files.length) wrong.push('the manifest’s file count is wrong');
  for (const message of wrong) findings.problem({ kind: 'count', message: `Count: ${message}.` });
  const summary = queries.queries
    .map(
      (query) =>
        `query ${query.number}: ${query.exported.toLocaleString('en')} of ${query.hitCount.toLocaleString('en')} hits`,
    )
    .join('; ');
  findings.check(
    'Counts',
    wrong.length === 0,
    wrong.length === 0 ? `Complete: ${summary}; result sets match.` : wrong.join('; '),
  );
  return total;
}

async function readNamed(handle: FileHandle, byName: Map<string, BundleEntry>, name: string): Promise<Buffer | null> {
  const entry = byName.get(name);
  return entry ? readEntry(handle, entry) : null;
}

/**
 * Checks a bundle end to end and says, check by check, what holds: the archive's framing, the
 * manifest's signature and signer, every file against the manifest, every record against its signed
 * hash, and the counts (each query complete, its result set unchanged). Never throws for a bad file.
 */
export async function verifyBundle(path: string, options: VerifyOptions): Promise<BundleVerdict> {
  const started = performance.now();
  const findings = new Findings(options.maxProblems ?? 200);
  const shown = options.shownAs ?? path;
  const base = { path: shown, bytes: 0, formatVersion: null, signer: null, custody: null, records: null };
  const finish = (verdict: Omit<BundleVerdict, 'checks' | 'problems' | 'moreProblems' | 'seconds'>): BundleVerdict => ({
    ...verdict,
    checks: findings.checks,
    problems: findings.problems,
    moreProblems: findings.moreProblems,
    seconds: (performance.now() - started) / 1000,
  });
  let handle: FileHandle;
  try {
    handle = await openRegularFile(path);
  } catch (error) {
    const code = errnoCode(error);
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === NOT_A_FILE
            ? 'it is not a file (a pipe, socket or device)'
            : code === 'EACCES' || code === 'EPERM'
              ? 'your user may not read it; check its permissions'
              : code === 'ENAMETOOLONG'
                ? 'the path or a name in it is longer than the disk allows; check the path'
                : `it cannot be read (${code})`;
    return finish({ ...base, verdict: 'unreadable', unreadable: `${shown} cannot be checked: ${why}.` });
  }
  try {
    const bytes = (await handle.stat()).size;
    const index = await indexBundle(handle, bytes, shown);
    const byName = new Map(index.entries.map((entry) => [entry.name, entry]));
    const format = readBundleFormat(await readNamed(handle, byName, BUNDLE_FILES.format), shown);
    findings.check(
      'Archive',
      index.framingProblems.length === 0,
      index.framingProblems.length === 0
        ? `A well-formed tar of ${index.entries.length} files.`
        : index.framingProblems.join('; '),
    );
    for (const message of index.framingProblems) findings.problem({ kind: 'framing', message: `Archive: ${message}.` });
    const manifestBytes = await readNamed(handle, byName, BUNDLE_FILES.manifest);
    const signature = await readNamed(handle, byName, BUNDLE_FILES.signature);
    const manifest = parseJson(manifestBytes, Manifest);
    if (!manifest || !manifestBytes || !signature) {
      const what = !manifestBytes
        ? 'The manifest is missing'
        : !manifest
          ? 'The manifest is damaged'
          : 'The signature is missing';
      findings.check('Manifest', false, `${what}, so no file can be checked.`);
      findings.problem({ kind: 'manifest', message: `${what}: nothing in the bundle can be shown to be unaltered.` });
      return finish({ ...base, bytes, formatVersion: format.version, verdict: 'altered', unreadable: null });
    }
    const signer = checkSignature(manifest, manifestBytes, signature.toString('utf8'), options.trusted, findings);
    const records = await checkFiles(handle, index.entries, manifest, findings);
    const queries = parseJson(await readNamed(handle, byName, BUNDLE_FILES.queries), BundleQueries);
    const total = checkCounts(findings, manifest, queries, records);
    const custody = parseJson(await readNamed(handle, byName, BUNDLE_FILES.custody), Custody);
    // Signed as it is, a bundle without a custody record this console reads (another tool's, another
    // version's) is not altered, nor does it check out: nothing can say who exported it, when or whence.
    const onlyUnknownSigner = findings.problems.every((problem) => problem.kind === 'signer-unknown');
    if (custody === null && onlyUnknownSigner && findings.moreProblems === 0) {
      return finish({
        ...base,
        bytes,
        formatVersion: format.version,
        verdict: 'unreadable',
        unreadable: `${shown} holds no custody record this console reads (${BUNDLE_FILES.custody} is missing or not in the form it writes), so who exported it, when and from where cannot be said.`,
      });
    }
    return finish({
      ...base,
      bytes,
      formatVersion: format.version,
      verdict: findings.intact ? 'intact' : 'altered',
      unreadable: null,
      signer,
      custody,
      records: total,
    });
  } catch (error) {
    if (!(error instanceof UnreadableBundleError)) throw error;
    return finish({ ...base, verdict: 'unreadable', unreadable: error.message });
  } finally {
    await handle.close();
  }
}
