/**
 * What a screen reader calls each row of the ranked risk tables. Clients', managers' and fields' names
 * come from the logs: each character in them that hides or reorders text is named, ⟨U+202E⟩, so the
 * name read out says what the row shows.
 */
import type { BulkOperationRow, EditBeforeWithdrawal, OffHoursEdit } from '../../../../shared/contract/riskChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { fieldList, personWithId } from './changeText';

/**
 * A client as a ranked row names them: "Name (id)" where the logs name them, else the id. The exact text,
 * for what is kept (a starred event's summary); `shownClient` is what is read.
 */
export const clientText = (clientId: string, name: string | null): string =>
  name ? `${name} (${clientId})` : clientId;

/** A client as a ranked row names them, each hidden character named. */
const shownClient = (clientId: string, name: string | null): string => showHiddenCharacters(clientText(clientId, name));

export const withdrawalRowName = (row: EditBeforeWithdrawal): string =>
  `Rank ${row.rank}: client ${shownClient(row.clientId, row.clientName)}, ${fieldList(row.edit.fields)}`;

export const offHoursRowName = (row: OffHoursEdit): string =>
  `Rank ${row.rank}: ${personWithId(row.actorName, row.actorId)} at ${row.hourUtc}:00 UTC, client ${shownClient(row.clientId, row.clientName)}`;

export const bulkRowName = (row: Pick<BulkOperationRow, 'rank' | 'bulkId' | 'clients'>): string =>
  `Rank ${row.rank}: bulk operation ${showHiddenCharacters(row.bulkId)}, ${row.clients.toLocaleString('en')} clients`;

/**
 * Which edit a withdrawal row's "Star in case…" stars, after its label: its client and when it was made, as
 * the row shows it (`shownAt`), so each row's button has a name of its own.
 */
export const withdrawalStarWhat = (row: EditBeforeWithdrawal, shownAt: string): string =>
  `the edit of client ${shownClient(row.clientId, row.clientName)} at ${shownAt}`;

/** Which edit an off-hours row's "Star in case…" stars: its manager, client and time, as the row shows them. */
export const offHoursStarWhat = (row: OffHoursEdit, shownAt: string): string =>
  `the edit by ${personWithId(row.actorName, row.actorId)} of client ${shownClient(row.clientId, row.clientName)} at ${shownAt}`;
