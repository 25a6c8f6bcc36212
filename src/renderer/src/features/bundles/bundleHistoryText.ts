import { shownInSentence } from '../../../../shared/domain/shownInSentence';

/**
 * What the edit history says of the reopened bundle `bundleName`: only the edits it holds are listed. The
 * file name is named as the other bundle notes name text, hidden characters shown and a long one cut.
 */
export function bundleHistoryText(bundleName: string): string {
  return (
    `The edit history is limited to the reopened bundle ${shownInSentence(bundleName)}: an edit it does not ` +
    'hold, an earlier one included, is not listed, which does not mean there was none.'
  );
}
