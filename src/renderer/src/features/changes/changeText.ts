/**
 * What the change views show of the logs. Field names, values, people's names and event names are written
 * by the CRM's producers, so each character in them that hides or reorders text is shown by its name,
 * ⟨U+202E⟩, here; links and filters keep the exact text.
 */
import type { BulkFieldChange, HistoryStep } from '../../../../shared/contract/changeChannels';
import type { DiffCell } from '../../../../shared/domain/changeDiff';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { clipText } from '../../format/clipText';

/** Field names as a list shows them: "iban, memo⟨U+202E⟩x". */
export const fieldList = (fields: readonly string[]): string =>
  fields.map((field) => showHiddenCharacters(field)).join(', ');

/** The most characters a narrow cell shows of one name from the logs (the longest field name watched has 17). */
export const NAME_IN_CELL_MAX = 40;

/**
 * A name from the logs as a narrow table cell shows it: whole, or cut with an ellipsis, the whole in its
 * tooltip (and in the row's name and the change it links to), so one producer's 300-character field name
 * does not push a ranked table's other columns out of sight.
 */
export function cellName(name: string, max = NAME_IN_CELL_MAX): { text: string; title: string | null } {
  const shown = showHiddenCharacters(name);
  const text = clipText(name, max);
  return { text, title: text === shown ? null : shown };
}

/**
 * Who did something as the change and risk pages name them, the way the console names a client: "Name (id)",
 * so two people of one name are told apart; one known of the two alone, else `fallback`. The exact text,
 * for what is kept (a starred event's summary); `personWithId` is what is shown.
 */
export const personWithIdText = (name: string | null, id: string | null, fallback = 'unknown'): string =>
  name && id && name !== id ? `${name} (${id})` : (name ?? id ?? fallback);

/** Who did something, "Name (id)", each hidden character named. */
export const personWithId = (name: string | null, id: string | null, fallback = 'unknown'): string =>
  showHiddenCharacters(personWithIdText(name, id, fallback));

/** What follows a value cut short: how much of it is shown. Empty for a value shown whole. */
export function cutValueNote(cell: DiffCell): string {
  if (cell.wholeLength === undefined) return '';
  const shown = [...(cell.text ?? '')].length;
  return `… (the first ${shown.toLocaleString('en-US')} of ${cell.wholeLength.toLocaleString('en-US')} characters)`;
}

/** One value of an entity or an operation: its text (lines kept), "value hidden", or a dash for none. */
export function valueText(cell: DiffCell | null, hidden: boolean): string {
  if (hidden) return 'value hidden';
  return cell ? `${showHiddenCharacters(cell.text ?? '—', { lines: true })}${cutValueNote(cell)}` : '—';
}

/** The values a bulk operation replaced, each with how many clients had it: "a (3), b (1)". */
export const replacedValues = (field: BulkFieldChange): string => {
  const listed = field.from.map(
    (from) => `${valueText(from.value, field.hidden)} (${from.clients.toLocaleString('en')})`,
  );
  const { otherFrom } = field;
  if (otherFrom) {
    const values = `${otherFrom.values.toLocaleString('en')} other ${otherFrom.values === 1 ? 'value' : 'values'}`;
    listed.push(`and ${values} (${otherFrom.clients.toLocaleString('en')})`);
  }
  return listed.join(', ');
};

/**
 * What a screen reader hears of an edit of an entity's history after the words its link shows (the time
 * and historyStepText), in brackets: its place and who made it. The name so starts with the words seen, which a speech
 * user says to follow the link.
 */
export const historyStepPlaceAndAuthor = (step: HistoryStep, position: number): string =>
  `edit ${position + 1} by ${personWithId(step.actorName, step.actorId)}`;

/** An edit of an entity's history as its link reads after the time: its fields, else its event. */
export const historyStepText = (step: HistoryStep): string =>
  fieldList(step.changedFields) || showHiddenCharacters(step.eventName);
