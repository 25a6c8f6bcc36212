/**
 * `<WholeNumberInput text onText read rule fallback page errorId />`: a whole number typed, or stepped with
 * the arrow keys (Page Up and Page Down: `page` at a time; Home and End: the least and the most the rule
 * takes, as a spin button does), in a text field that shows exactly what was typed; marked invalid and
 * described by the sentence `errorId` names while `read` holds a problem.
 */
import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';
import { maskSensitiveText } from '../../../shared/domain/maskSensitiveText';
import type { WholeNumberRead, WholeNumberRule } from '../format/readWholeNumber';

interface WholeNumberInputProps {
  id?: string;
  text: string;
  onText: (text: string) => void;
  /** The text as read with `readWholeNumber`. */
  read: WholeNumberRead;
  rule: Pick<WholeNumberRule, 'min' | 'max'>;
  /** Where the arrow keys step from while the text is not a number in range: the value in use. */
  fallback: number;
  /** How far Page Up and Page Down step. */
  page: number;
  /** The id of the sentence that says what is wrong, shown beside the field while `read` holds a problem. */
  errorId: string;
  size?: number;
}

export function WholeNumberInput({
  id,
  text,
  onText,
  read,
  rule,
  fallback,
  page,
  errorId,
  size = 5,
}: WholeNumberInputProps) {
  const problem = 'problem' in read;
  const steps: Partial<Record<string, number>> = { ArrowUp: 1, ArrowDown: -1, PageUp: page, PageDown: -page };
  /** The number a key sets: a step from the number in use, or an end of the range; none for other keys. */
  const keyed = (key: string): number | undefined => {
    if (key === 'Home') return rule.min;
    if (key === 'End') return rule.max;
    const step = steps[key];
    if (step === undefined) return undefined;
    const from = 'value' in read ? read.value : fallback;
    return Math.min(rule.max, Math.max(rule.min, from + step));
  };
  return (
    <input
      id={id}
      // A text field, not type="number": that one takes "1e2" and hides what was typed when it is not a number.
      type="text"
      role="spinbutton"
      inputMode="numeric"
      size={size}
      aria-valuemin={rule.min}
      aria-valuemax={rule.max}
      aria-valuenow={'value' in read ? read.value : undefined}
      // Read out as typed, with any hidden character named rather than reordering what is around it, and a
      // card number or a secret by its redaction marker, never its digits.
      aria-valuetext={problem ? showHiddenCharacters(maskSensitiveText(text)) : undefined}
      value={text}
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem ? errorId : undefined}
      onChange={(event) => onText(event.target.value)}
      onKeyDown={(event) => {
        const next = keyed(event.key);
        if (next === undefined) return;
        event.preventDefault();
        onText(String(next));
      }}
    />
  );
}
