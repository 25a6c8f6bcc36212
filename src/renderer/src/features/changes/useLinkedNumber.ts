import { useEffect, useRef, useState } from 'react';
import { readWholeNumber, type WholeNumberRule } from '../../format/readWholeNumber';
import { useSettledValue } from '../../hooks/useSettledValue';

export interface LinkedNumber {
  /** What the field shows: as typed. */
  text: string;
  setText: (text: string) => void;
  /** The number in use: the last one the field read, or the address's. */
  value: number;
  /** For the field's focus: what it writes from then on is a new step in the history. */
  onFocus: () => void;
}

/**
 * `useLinkedNumber(linked, rule, onApply, fieldId)`: a number a field of the Risk page sets and its address
 * keeps. Typed text is read once typing pauses, and only a plain whole number in the `rule`'s range is used (and written to
 * the address: `replace` while the typing goes on in the field `fieldId`); anything else leaves the last
 * good one in use. An address that moves elsewhere (Back, another link) replaces what was typed.
 */
export function useLinkedNumber(
  linked: number,
  rule: WholeNumberRule,
  onApply: (value: number, options: { replace: boolean }) => void,
  fieldId: string,
): LinkedNumber {
  const [text, setText] = useState(String(linked));
  const [value, setValue] = useState(linked);
  const settledText = useSettledValue(text, text);
  const [seen, setSeen] = useState({ settledText, linked });
  if (linked !== seen.linked) {
    setSeen({ settledText, linked });
    // A number the field wrote itself comes back as it is, and what is typed since stays.
    if (linked !== value) {
      setValue(linked);
      setText(String(linked));
    }
  } else if (settledText !== seen.settledText) {
    setSeen({ settledText, linked });
    const settled = readWholeNumber(settledText, rule);
    if ('value' in settled) setValue(settled.value);
  }
  /** Whether the field wrote a number to the address since it took the focus: the next ones replace it. */
  const writtenInField = useRef(false);
  useEffect(() => {
    if (value === linked) return;
    const inField = document.activeElement?.id === fieldId;
    onApply(value, { replace: inField && writtenInField.current });
    writtenInField.current = inField;
  }, [value, linked, onApply, fieldId]);
  return { text, setText, value, onFocus: () => (writtenInField.current = false) };
}
