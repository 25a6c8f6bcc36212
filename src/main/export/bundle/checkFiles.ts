import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { BUNDLE_FILES, type Manifest, type ManifestFile } from '../../../shared/domain/bundleFormat';
import type { BundleEntry } from './bundleIndex';
import { checkRecords, type NamedFinding, type RecordsCheck } from './checkRecords';
import type { Findings } from './Findings';

const CHUNK_BYTES = 4 * 1024 * 1024;
/** Records of one file named one by one; the rest are counted. */
const MAX_NAMED_RECORDS = 1_000;

async function hashEntry(handle: FileHandle, entry: BundleEntry): Promise<string> {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(entry.size, 1)));
  for (let done = 0; done < entry.size;) {
    const { bytesRead } = await handle.read(
      chunk,
      0,
      Math.min(chunk.length, entry.size - done),
      entry.contentAt + done,
    );
    if (bytesRead === 0) break;
    hash.update(chunk.subarray(0, bytesRead));
    done += bytesRead;
  }
  return hash.digest('hex');
}

function fileMatches(findings: Findings, listed: ManifestFile, entry: BundleEntry, sha256: string): boolean {
  const ok = entry.size === listed.size && sha256 === listed.sha256;
  findings.check(
    `File ${listed.path}`,
    ok,
    ok
      ? 'SHA-256 matches the manifest.'
      : `its SHA-256 ${entry.size === listed.size ? 'differs' : 'and size differ'} from the manifest.`,
  );
  if (!ok) {
    findings.problem({
      kind: 'file-altered',
      path: listed.path,
      message: `Altered file: ${listed.path} is not the file that was signed (its SHA-256 ${entry.size === listed.size ? 'differs' : 'and size differ'}).`,
    });
  }
  return ok;
}

const NOUNS: Readonly<Record<NamedFinding['kind'], string>> = {
  'record-altered': 'Altered record',
  'record-missing': 'Missing record',
  'record-added': 'Added record',
};

/**
 * Every file against the manifest: added and missing files, each file's size and SHA-256, and for each
 * query's records each record against the signed hash list. Answers the records checks by file name.
 */
export async function checkFiles(
  handle: FileHandle,
  entries: readonly BundleEntry[],
  manifest: Manifest,
  findings: Findings,
): Promise<Map<string, RecordsCheck>> {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const listed = new Map(manifest.files.map((file) => [file.path, file]));
  const signedOnly = new Set<string>([BUNDLE_FILES.manifest, BUNDLE_FILES.signature]);
  const added = entries.filter((entry) => !listed.has(entry.name) && !signedOnly.has(entry.name));
  const missing = manifest.files.filter((file) => !byName.has(file.path));
  for (const entry of added) {
    findings.problem({
      kind: 'file-added',
      path: entry.name,
      message: `Added file: ${entry.name} is not in the manifest.`,
    });
  }
  for (const file of missing) {
    findings.problem({
      kind: 'file-missing',
      path: file.path,
      message: `Missing file: ${file.path} is listed in the manifest but not in the bundle.`,
    });
  }
  findings.check(
    'Manifest',
    added.length === 0 && missing.length === 0,
    `Lists ${manifest.files.length} files; ${missing.length} missing, ${added.length} not listed.`,
  );
  const records = new Map<string, RecordsCheck>();
  // A hash list is read together with its records, when both are there.
  const paired = (path: string) => {
    const recordsPath = path.replace(/\.sha256$/, '.ndjson');
    return (
      path.startsWith('records/') && path.endsWith('.sha256') && listed.has(recordsPath) && byName.has(recordsPath)
    );
  };
  for (const file of manifest.files) {
    const entry = byName.get(file.path);
    if (!entry || paired(file.path)) continue;
    const hashesPath = file.path.replace(/\.ndjson$/, '.sha256');
    const hashesListed = listed.get(hashesPath);
    const hashesEntry = byName.get(hashesPath);
    if (!file.path.startsWith('records/') || !hashesListed || !hashesEntry) {
      fileMatches(findings, file, entry, await hashEntry(handle, entry));
      continue;
    }
    const check = await checkRecords(handle, entry, hashesEntry, MAX_NAMED_RECORDS);
    records.set(file.path, check);
    fileMatches(findings, file, entry, check.recordsSha256);
    const listIntact = fileMatches(findings, hashesListed, hashesEntry, check.hashesSha256);
    const name = `Records in ${file.path}`;
    if (!listIntact) {
      findings.check(name, false, 'Cannot be checked one by one: their signed hash list was altered.');
      continue;
    }
    for (const finding of check.findings) {
      const id = finding.id === null ? '' : ` (id ${finding.id})`;
      findings.problem({
        kind: finding.kind,
        path: file.path,
        record: { position: finding.position, id: finding.id },
        message: `${NOUNS[finding.kind]} in ${file.path}: ${finding.kind === 'record-added' ? 'line' : 'record'} ${finding.position.toLocaleString('en')}${id}.`,
      });
    }
    for (let more = 0; more < check.moreFindings; more += 1) findings.uncounted();
    const wrong = check.findings.length + check.moreFindings;
    findings.check(
      name,
      wrong === 0,
      wrong === 0
        ? `All ${check.matched.toLocaleString('en')} records match their signed hashes.`
        : `${check.matched.toLocaleString('en')} of ${check.promised.toLocaleString('en')} records match; ${wrong.toLocaleString('en')} altered, missing or added.`,
    );
  }
  return records;
}
