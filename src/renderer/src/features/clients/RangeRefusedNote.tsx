/**
 * `<RangeRefusedNote nothing shown />`: in place of a client view's rows, coverage or sessions while the
 * page's range cannot be used: that nothing is shown, why, and where to fix it, so the view is never an
 * empty box. The range's problem itself is said once, at the page's Period control.
 */
import { refusedRangeReason } from '../logGrid/unaskedQueryReason';

interface RangeRefusedNoteProps {
  /** What the view does not show: "No coverage is shown". */
  nothing: string;
  /** What fixing the range shows: "the coverage". */
  shown: string;
}

export function RangeRefusedNote({ nothing, shown }: RangeRefusedNoteProps) {
  return (
    <p className="muted" role="status">
      {nothing}. {refusedRangeReason(`see ${shown}`)}
    </p>
  );
}
