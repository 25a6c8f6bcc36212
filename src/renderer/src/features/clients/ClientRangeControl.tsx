/**
 * `<ClientRangeControl value onApply error kept />`: the period of the client pages and the Risk page, named
 * "Period" (a grid's filter panel names its own range after the field), applied as it is typed. A range
 * that can be used goes to `onApply` at once; one that cannot (a bound the browser cannot read, such as
 * 30 February or a date typed part way, a year outside 1000 to 9999, a start after the end)
 * stays in the fields as typed, said at the bound at fault followed by `kept` (what the views still show),
 * and nothing is applied. A range applied from elsewhere (a link, the header, Back) replaces what is held.
 * The ranges applied while the keyboard stays in one field are one step of the window's history: the
 * first is a new entry and each after it `replace`s it, so Back returns to the range before the typing,
 * not to a date typed part way (each day or year on the way to the one meant), nor to each preset the
 * arrow keys pass on the way to the one meant.
 */
import { useRef, useState } from 'react';
import type { TimeRange } from '../../../../shared/query/logQuery';
import { TimeRangeControl } from '../logGrid/TimeRangeControl';
import { typedRangeProblem, type UnreadableBounds } from '../logGrid/timeRangeFault';

interface ClientRangeControlProps {
  /** The range applied (as the address writes it, when it cannot be used). */
  value: TimeRange | undefined;
  onApply: (range: TimeRange | undefined, options: { replace: boolean }) => void;
  /** What is wrong with the range applied. */
  error: string | undefined;
  /** What the views show while a range typed is held: "The views below still show the range applied before." */
  kept: string;
}

interface Typed {
  range: TimeRange | undefined;
  unreadable: UnreadableBounds;
}

/** Whether two ranges are the same as written: the preset, or both bounds. */
function sameRange(a: TimeRange | undefined, b: TimeRange | undefined): boolean {
  if (a?.kind === 'relative' || b?.kind === 'relative')
    return a?.kind === 'relative' && b?.kind === 'relative' && a.last === b.last;
  return a?.from === b?.from && a?.to === b?.to;
}

const hasUnreadable = (unreadable: UnreadableBounds): boolean => Object.values(unreadable).some(Boolean);

export function ClientRangeControl({ value, onApply, error, kept }: ClientRangeControlProps) {
  const [typed, setTyped] = useState<Typed>({ range: value, unreadable: {} });
  const [applied, setApplied] = useState(value);
  /** Bumped when a range applied from elsewhere replaces the one typed: the fields are made afresh. */
  const [fresh, setFresh] = useState(0);
  /** Whether a range typed in the date field that has the focus was applied already (as a history entry). */
  const appliedInField = useRef(false);
  if (!sameRange(value, applied)) {
    setApplied(value);
    // The range just applied from here comes back as it was typed; any other replaces what is held.
    if (!sameRange(value, typed.range) || hasUnreadable(typed.unreadable)) {
      setTyped({ range: value, unreadable: {} });
      setFresh((count) => count + 1);
    }
  }
  const problem = typedRangeProblem('activity', typed.range, typed.unreadable);
  const held = problem !== undefined && (hasUnreadable(typed.unreadable) || !sameRange(typed.range, value));
  return (
    // Focus moving to any control starts a new step of the history.
    <div className="client-range-edits" onFocus={() => (appliedInField.current = false)}>
      <TimeRangeControl
        key={fresh}
        family="activity"
        legend="Period"
        value={typed.range}
        unreadable={typed.unreadable}
        onChange={(range, unreadable) => {
          setTyped({ range, unreadable });
          // The same range again is applied only to replace an address's range that cannot be used.
          const usable = !typedRangeProblem('activity', range, unreadable);
          if (!usable || (error === undefined && sameRange(range, value))) return;
          const active = document.activeElement;
          const inField = active instanceof HTMLInputElement || active instanceof HTMLSelectElement;
          onApply(range, { replace: inField && appliedInField.current });
          appliedInField.current = inField;
        }}
        // Held, the range typed is what is wrong; the views then still show the one applied, or nothing when
        // that one is wrong too.
        error={held ? (error ? problem : `${problem} ${kept}`) : error}
      />
    </div>
  );
}
