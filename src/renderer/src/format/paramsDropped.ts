import { listInSentence } from '../../../shared/domain/listInSentence';
import { maskSensitiveText } from '../../../shared/domain/maskSensitiveText';
import { linkTextShown } from './linkTextShown';

/** A name longer than this is not spelled out on a button: it would not fit beside the others. */
const MAX_NAMED = 20;
/** More names than this are counted, not listed: a button stays one short line. */
const MOST_NAMED = 2;

/**
 * The link's parameters a "Show … without" button drops, as the button names them: "gap", "gap and last",
 * else "this parameter" or "these 3 parameters" when they are many, long or empty (`#/logs?=x`). A name
 * holding a card number or other secret is shown as redaction shows it (and so counted), each hidden
 * character named.
 */
export function paramsDropped(names: readonly string[]): string {
  const distinct = [...new Set(names)];
  const shown = distinct.map((name) => linkTextShown(maskSensitiveText(name)));
  if (
    shown.length > 0 &&
    shown.length <= MOST_NAMED &&
    shown.every((name) => name !== '' && name.length <= MAX_NAMED)
  ) {
    return listInSentence(shown);
  }
  return shown.length === 1 ? 'this parameter' : `these ${shown.length} parameters`;
}
