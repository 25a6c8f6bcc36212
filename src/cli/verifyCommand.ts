import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeBundleVerdict } from '../shared/domain/describeBundleVerdict';
import { bundleKeyFile } from '../main/createConsole';
import { verifyBundle } from '../main/export/bundle/verifyBundle';
import { BundleSignerSource, normalizeFingerprint } from '../main/export/signing/bundleKey';
import { FileBundleKeyStore } from '../main/export/signing/BundleKeyStore';
import { UsageError, type CliCommand } from './CliCommand';
import { defaultDataDir } from './defaultDataDir';

export const VERIFY_USAGE = `usage: audit-console verify PATH [--trust FINGERPRINT]... [--data-dir DIR] [--json]

Checks an investigation bundle: the archive, the manifest's signature and who signed it, every file and
every record against the signed hashes, and the counts. Needs no cluster.

  --trust FP      also trust the bundle key with this fingerprint (as the exporter gave it to you)
  --data-dir DIR  where this workstation's bundle key is (default: $XDG_DATA_HOME/audit-console)
  --json          print the verdict as JSON instead of the report

Exit status: 0 intact; 1 altered (every altered, missing or added file or record, and a bad or
unknown signature, is named); 2 wrong arguments; 3 the file is not a bundle this console can read.`;

/** `audit-console verify PATH`: the plain report of every check, and an exit status scripts can use. */
export async function runVerifyCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        trust: { type: 'string', multiple: true, default: [] },
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [path, ...extra] = parsed.positionals;
  if (!path || extra.length > 0) throw new UsageError('Name one bundle to check.');
  const trusted = new Map<string, string>();
  for (const fingerprint of parsed.values.trust) {
    const normalized = normalizeFingerprint(fingerprint);
    if (!/^[0-9a-f]{64}$/.test(normalized)) {
      throw new UsageError(`--trust ${fingerprint}: a key fingerprint is 64 hex digits (spaces allowed).`);
    }
    trusted.set(normalized, 'a key you trusted with --trust');
  }
  const dataDir = resolve(parsed.values['data-dir'] ?? defaultDataDir());
  try {
    const own = await new BundleSignerSource(new FileBundleKeyStore(bundleKeyFile(dataDir))).existingFingerprint();
    if (own) trusted.set(own, "this workstation's bundle key");
  } catch (error) {
    console.error(`Note: this workstation's bundle key cannot be read (${(error as Error).message}).`);
  }
  const verdict = await verifyBundle(resolve(path), { trusted });
  console.log(parsed.values.json ? JSON.stringify(verdict, null, 2) : describeBundleVerdict(verdict));
  return verdict.verdict === 'intact' ? 0 : verdict.verdict === 'altered' ? 1 : 3;
}

export const verifyCommand: CliCommand = { usage: VERIFY_USAGE, run: runVerifyCommand };
