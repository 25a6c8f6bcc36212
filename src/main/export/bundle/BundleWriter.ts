import { createHash, hash, type Hash } from 'node:crypto';
import {
  BUNDLE_FILES,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  recordFiles,
  type Manifest,
  type ManifestFile,
} from '../../../shared/domain/bundleFormat';
import type { ExportFile } from '../ExportFile';
import { encodeLines } from '../formats/encodeLines';
import type { MatchBatch } from '../readMatches';
import type { BundleSigner } from '../signing/bundleKey';
import { BLOCK, END_OF_ARCHIVE_BYTES, paddingAfter, ustarHeader } from './ustar';

const ZEROS = Buffer.alloc(END_OF_ARCHIVE_BYTES);

/** What a query's records came to, for queries.json and the counts. */
export interface WrittenRecords {
  records: string;
  recordHashes: string;
  count: number;
  resultSetSha256: string;
}

/** JSON files of a bundle: two-space indented, one final line break. */
export function jsonFile(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

/** The record's hash line: hex SHA-256 of the record line, then the record id as a JSON string. */
function hashLine(digest: string, id: string): string {
  return `${digest} ${JSON.stringify(id)}\n`;
}

class OpenRecords {
  readonly fileHash: Hash = createHash('sha256');
  readonly resultSet: Hash = createHash('sha256');
  count = 0;

  constructor(
    readonly names: { records: string; recordHashes: string },
    readonly headerAt: number,
    readonly contentAt: number,
    readonly hashes: ExportFile,
  ) {}
}

/**
 * Writes a bundle as a stream into its temporary file: `format.json` first, then for each query its
 * records (NDJSON, one `{record, provenance}` per line) and their hash list, then the queries, case and
 * custody files, the manifest of every file's SHA-256, and the manifest's Ed25519 signature. A records
 * file's size is known only at its end, so its header is written then, in the place kept for it; the
 * record hashes gather in a scratch file beside the bundle and are copied in after the records.
 */
export class BundleWriter {
  private readonly files: ManifestFile[] = [];
  private readonly mtime: number;
  private open: OpenRecords | null = null;

  constructor(
    private readonly file: ExportFile,
    private readonly createdAt: Date,
    private readonly scratch: () => Promise<ExportFile>,
  ) {
    this.mtime = Math.floor(createdAt.getTime() / 1000);
  }

  async start(): Promise<void> {
    await this.addFile(BUNDLE_FILES.format, {
      format: BUNDLE_FORMAT,
      version: BUNDLE_FORMAT_VERSION,
      about:
        'An Audit Console investigation bundle: a POSIX tar; see docs/bundle-format.md. Check it with `audit-console verify`.',
    });
  }

  /** Adds a JSON file, listed in the manifest. */
  async addFile(name: string, value: unknown): Promise<void> {
    this.files.push(await this.addEntry(name, jsonFile(value)));
  }

  async beginRecords(queryNumber: number): Promise<void> {
    if (this.open) throw new Error('The previous records file is still open');
    const headerAt = this.file.position;
    await this.file.write(Buffer.alloc(BLOCK));
    this.open = new OpenRecords(recordFiles(queryNumber), headerAt, this.file.position, await this.scratch());
  }

  async writeRecords(batch: MatchBatch): Promise<void> {
    const open = this.open;
    if (!open) throw new Error('No records file is open');
    if (batch.rows.length === 0) return;
    const lines = batch.rows.map((record, index) => JSON.stringify({ record, provenance: batch.provenance[index] }));
    // Encoded once: each record's hash is taken over its own bytes within the batch's.
    const { bytes, ends } = encodeLines(lines);
    const digests: string[] = [];
    const hashes: string[] = [];
    let start = 0;
    batch.rows.forEach((record, index) => {
      const stop = ends[index] ?? start;
      const digest = hash('sha256', bytes.subarray(start, stop), 'hex');
      digests.push(digest);
      hashes.push(hashLine(digest, record.id));
      start = stop + 1;
    });
    open.resultSet.update(`${digests.join('\n')}\n`);
    open.fileHash.update(bytes);
    open.count += lines.length;
    await this.file.write(bytes);
    await open.hashes.write(Buffer.from(hashes.join(''), 'latin1'));
  }

  async endRecords(): Promise<WrittenRecords> {
    const open = this.open;
    if (!open) throw new Error('No records file is open');
    this.open = null;
    try {
      const size = this.file.position - open.contentAt;
      await this.file.writeAt(ustarHeader({ name: open.names.records, size, mtime: this.mtime }), open.headerAt);
      await this.file.write(ZEROS.subarray(0, paddingAfter(size)));
      this.files.push({ path: open.names.records, size, sha256: open.fileHash.digest('hex') });
      this.files.push(await this.addEntry(open.names.recordHashes, open.hashes));
    } finally {
      await open.hashes.discard();
    }
    return { ...open.names, count: open.count, resultSetSha256: open.resultSet.digest('hex') };
  }

  /** Writes the manifest, its signature and the end of the archive; returns the manifest. */
  async finish(signer: BundleSigner, records: number, queries: number): Promise<Manifest> {
    const manifest: Manifest = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_FORMAT_VERSION,
      createdAt: this.createdAt.toISOString(),
      files: this.files,
      counts: { queries, records, files: this.files.length },
      signer: {
        algorithm: 'Ed25519',
        publicKey: signer.publicKeyDer.toString('base64'),
        fingerprint: signer.fingerprint,
      },
    };
    const manifestBytes = jsonFile(manifest);
    await this.addEntry(BUNDLE_FILES.manifest, manifestBytes);
    await this.addEntry(BUNDLE_FILES.signature, Buffer.from(`${signer.sign(manifestBytes).toString('base64')}\n`));
    await this.file.write(ZEROS);
    return manifest;
  }

  /** Cleans up a records file left open by a failure (its scratch file). */
  async abort(): Promise<void> {
    await this.open?.hashes.discard();
    this.open = null;
  }

  private async addEntry(name: string, content: Buffer | ExportFile): Promise<ManifestFile> {
    const size = Buffer.isBuffer(content) ? content.length : content.position;
    const hash = createHash('sha256');
    await this.file.write(ustarHeader({ name, size, mtime: this.mtime }));
    if (Buffer.isBuffer(content)) {
      hash.update(content);
      await this.file.write(content);
    } else {
      for await (const chunk of content.chunks()) {
        hash.update(chunk);
        await this.file.write(chunk);
      }
    }
    await this.file.write(ZEROS.subarray(0, paddingAfter(size)));
    return { path: name, size, sha256: hash.digest('hex') };
  }
}
