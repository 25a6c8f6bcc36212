/**
 * What text typed in a party field and not picked from its suggestions means when the filters are saved
 * (or Enter is pressed): `resolvePartyText(text, suggestions, selected, label)` applies it when it names
 * exactly one party not chosen yet, and otherwise says why it cannot, so the text is never dropped.
 */
import { maskSensitiveText } from '../../../../shared/domain/maskSensitiveText';
import type { Suggestion } from '../../../../shared/query/logSource';

export type PartyText =
  { kind: 'empty' } | { kind: 'pick'; suggestion: Suggestion } | { kind: 'problem'; message: string };

/**
 * `suggestions` are those listed for exactly this text, or null while they are still being looked up.
 * Text whose every match is chosen already asks for nothing more.
 */
export function resolvePartyText(
  text: string,
  suggestions: readonly Suggestion[] | null,
  selected: readonly string[],
  label: string,
): PartyText {
  const typed = text.trim();
  if (!typed) return { kind: 'empty' };
  const party = label.toLowerCase();
  // A message never repeats a card number or secret pasted into the field.
  const shown = maskSensitiveText(typed);
  if (suggestions === null) {
    return {
      kind: 'problem',
      message: `Still looking up “${shown}”: pick the ${party} from the suggestions when they show, or clear the text.`,
    };
  }
  const exact = suggestions.filter((found) => found.id === typed);
  const open = (exact.length > 0 ? exact : suggestions).filter((found) => !selected.includes(found.id));
  const [only] = open;
  if (open.length === 1 && only) return { kind: 'pick', suggestion: only };
  if (open.length === 0 && suggestions.length > 0) return { kind: 'empty' };
  if (open.length === 0) {
    return {
      kind: 'problem',
      message: `No ${party} matches “${shown}” within the other filters: correct the text or clear it. Nothing was applied.`,
    };
  }
  return {
    kind: 'problem',
    message: `“${shown}” matches more than one ${party}: pick one from the suggestions below, or clear the text. Nothing was applied.`,
  };
}
