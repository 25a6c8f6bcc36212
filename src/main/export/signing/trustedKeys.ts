import { ConsoleError } from '../../../shared/contract/errors';
import { shownInSentence } from '../../../shared/domain/shownInSentence';
import { normalizeFingerprint } from './bundleKey';

/** The keys a bundle check trusts: fingerprints the operator gave (each checked) and this workstation's own key. */
export function trustedKeys(trust: readonly string[], own: string | null): Map<string, string> {
  const trusted = new Map<string, string>();
  for (const fingerprint of trust) {
    const normalized = normalizeFingerprint(fingerprint);
    if (!/^[0-9a-f]{64}$/.test(normalized)) {
      throw new ConsoleError(
        'BAD_REQUEST',
        `"${shownInSentence(fingerprint)}" is not a key fingerprint (64 hex digits).`,
        'trust',
      );
    }
    trusted.set(normalized, 'a key you chose to trust for this check');
  }
  if (own) trusted.set(own, "this workstation's bundle key");
  return trusted;
}
