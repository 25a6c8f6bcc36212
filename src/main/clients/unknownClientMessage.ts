import type { OpenedBundle } from '../../shared/contract/bundleChannels';
import { bundleCoverage } from '../../shared/domain/bundleCoverage';
import { clientIdInSentence, fullStopAfter, shownInSentence } from '../../shared/domain/shownInSentence';
import { LOG_FAMILIES } from '../../shared/query/logQuery';

/**
 * Why no log names a client, and what to do: over a reopened bundle, what its queries covered (a client
 * they never asked about is not a client with no logs), else the live console's words. The id and the
 * bundle's file are named as every note names them (`shownInSentence`): cut, hidden characters named.
 */
export function unknownClientMessage(clientId: string, bundle: OpenedBundle | null): string {
  const client = clientIdInSentence(clientId);
  if (bundle === null) {
    return `No logs name client ${client}; check the id, or look the client up by name or e-mail address.`;
  }
  const notes = LOG_FAMILIES.flatMap((family) => {
    const note = bundleCoverage(bundle.coverage, { family, clientIds: [clientId] }, '');
    if (!note) return [];
    return [note.covered ? `${note.covered}, and found no record of this client there.` : note.text.trim()];
  });
  const covered =
    notes.length > 0
      ? notes.join(' ')
      : 'Its queries covered every client, with no other narrowing, and found no record of this one.';
  return `No record in the reopened bundle ${shownInSentence(bundle.file)} names client ${client}${fullStopAfter(client)} ${covered} Check the id, or close the bundle to look the client up on the cluster.`;
}
