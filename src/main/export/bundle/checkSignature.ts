import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { Manifest } from '../../../shared/domain/bundleFormat';
import { fingerprintOf, formatFingerprint } from '../signing/bundleKey';
import type { Findings } from './Findings';

export interface SignerVerdict {
  fingerprint: string;
  trusted: boolean;
  knownAs: string | null;
}

function signatureHolds(data: Buffer, publicKey: KeyObject, signature: Buffer): boolean {
  try {
    return publicKey.asymmetricKeyType === 'ed25519' && verify(null, data, publicKey, signature);
  } catch {
    return false;
  }
}

/**
 * The manifest's Ed25519 signature, checked with the public key the manifest carries, and whether that
 * key is one this workstation trusts: a bundle re-signed with another key verifies against its own key,
 * so only trust tells it apart.
 */
export function checkSignature(
  manifest: Manifest,
  manifestBytes: Buffer,
  signatureText: string,
  trusted: ReadonlyMap<string, string>,
  findings: Findings,
): SignerVerdict | null {
  let publicKey;
  try {
    publicKey = createPublicKey({ key: Buffer.from(manifest.signer.publicKey, 'base64'), format: 'der', type: 'spki' });
  } catch {
    findings.check('Signature', false, 'The public key in the manifest cannot be read.');
    findings.problem({ kind: 'signature', message: 'The signer’s public key in the manifest is damaged.' });
    return null;
  }
  const fingerprint = fingerprintOf(publicKey);
  const signature = Buffer.from(signatureText.trim(), 'base64');
  const valid = fingerprint === manifest.signer.fingerprint && signatureHolds(manifestBytes, publicKey, signature);
  const shown = formatFingerprint(fingerprint);
  const detail = valid
    ? `The manifest is signed (Ed25519) by key ${shown}.`
    : 'The signature does not match the manifest: the manifest or its signature was changed.';
  if (!findings.check('Signature', valid, detail)) {
    findings.problem({
      kind: 'signature',
      path: 'manifest.sig',
      message: 'Bad signature: manifest.sig is not a signature of this manifest by the key it names.',
    });
  }
  const knownAs = trusted.get(fingerprint) ?? null;
  findings.check(
    'Signer',
    knownAs !== null,
    knownAs !== null
      ? `Key ${shown} is ${knownAs}.`
      : `Key ${shown} is not one this workstation knows. If you expected this signer, compare the fingerprint with theirs and pass --trust ${fingerprint}.`,
  );
  if (knownAs === null) {
    findings.problem({
      kind: 'signer-unknown',
      message: `Unknown signer: the bundle is signed by key ${shown}, which is neither this workstation's key nor one you trust.`,
    });
  }
  return { fingerprint, trusted: knownAs !== null, knownAs };
}
