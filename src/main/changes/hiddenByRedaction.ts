import { redactSecrets } from '../redaction/redactSecrets';
import { isSecretKey } from '../../shared/domain/secretKeys';
import type { HidesValue } from './compareValues';

/** Array item segments (`[3]`) are positions, not key names. */
const isKeySegment = (segment: string) => !/^\[\d+\]$/.test(segment);

/**
 * Whether redaction would hide a value found at a path of a change: everything under a secret key name
 * (`iban`, `password`, `bank.accountNumber`), and any scalar redaction would alter (an IBAN or a card
 * number inside ordinary text, a keyed secret in stringified JSON). Containers elsewhere are not hidden
 * themselves; their contents are judged one by one.
 */
export const hiddenByRedaction: HidesValue = (path, value) => {
  if (path.some((segment) => isKeySegment(segment) && isSecretKey(segment))) return true;
  if (typeof value === 'object' && value !== null) return false;
  return redactSecrets(value).tally.total > 0;
};
