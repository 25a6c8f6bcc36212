import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { ConsoleError } from '../../../shared/contract/errors';
import type { BundleKeyStore } from './BundleKeyStore';

/** The workstation's bundle key, ready to sign; the private key never leaves this object. */
export interface BundleSigner {
  /** DER SubjectPublicKeyInfo, as the manifest carries it (base64). */
  readonly publicKeyDer: Buffer;
  /** SHA-256 of the raw public key, hex; what a person compares (see `formatFingerprint`). */
  readonly fingerprint: string;
  sign(data: Buffer): Buffer;
}

/** SHA-256 (hex) of an Ed25519 public key's 32 raw bytes. */
export function fingerprintOf(publicKey: KeyObject): string {
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  return createHash('sha256').update(raw).digest('hex');
}

/** A fingerprint as people read it aloud: sixteen groups of four hex digits. */
export function formatFingerprint(hex: string): string {
  return (hex.match(/.{1,4}/g) ?? []).join(' ');
}

/** A fingerprint typed by a person (spaces, colons, capitals) in the hex form manifests use. */
export function normalizeFingerprint(text: string): string {
  return text
    .replace(/^sha256:/i, '')
    .replace(/[\s:]/g, '')
    .toLowerCase();
}

function signerOf(privateKey: KeyObject): BundleSigner {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new ConsoleError('CORRUPT', 'The stored bundle key is not an Ed25519 key; remove it to have a new one made.');
  }
  const publicKey = createPublicKey(privateKey);
  return {
    publicKeyDer: publicKey.export({ format: 'der', type: 'spki' }),
    fingerprint: fingerprintOf(publicKey),
    sign: (data) => sign(null, data, privateKey),
  };
}

/**
 * Hands out the workstation's bundle signer, making the key on first use and keeping it in `store`
 * (the OS keychain on the desktop, an owner-only file for the command line and browser mode).
 */
export class BundleSignerSource {
  private signer: Promise<BundleSigner> | null = null;

  constructor(private readonly store: BundleKeyStore) {}

  /** The signer, making and storing a key when there is none yet. */
  get(): Promise<BundleSigner> {
    this.signer ??= this.loadOrCreate().catch((error: unknown) => {
      this.signer = null;
      throw error;
    });
    return this.signer;
  }

  /** The existing key's fingerprint, or null when this workstation has not signed a bundle yet. */
  async existingFingerprint(): Promise<string | null> {
    if (this.signer) return (await this.signer).fingerprint;
    const pem = await this.store.read();
    return pem === undefined ? null : signerOf(parsePrivateKey(pem)).fingerprint;
  }

  private async loadOrCreate(): Promise<BundleSigner> {
    const stored = await this.store.read();
    if (stored !== undefined) return signerOf(parsePrivateKey(stored));
    const { privateKey } = generateKeyPairSync('ed25519');
    await this.store.write(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    return signerOf(privateKey);
  }
}

function parsePrivateKey(pem: string): KeyObject {
  try {
    return createPrivateKey(pem);
  } catch {
    throw new ConsoleError('CORRUPT', 'The stored bundle key cannot be read; remove it to have a new one made.');
  }
}
