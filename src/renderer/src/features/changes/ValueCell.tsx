/** A value longer than this scrolls in a box of its own, so one value never fills screens of rows. */
const LONG_CELL_TEXT = 500;

interface ValueCellProps {
  text: string;
  /** What the value is, for its box: "memo, before". */
  name: string;
  className?: string;
}

/**
 * One value of a change view's table. A long value keeps its whole text in a box that scrolls, which the
 * keyboard reaches to scroll it too, named by what the value is.
 */
export function ValueCell({ text, name, className }: ValueCellProps) {
  if (text.length <= LONG_CELL_TEXT) return <td className={className}>{text}</td>;
  return (
    <td className={className}>
      <div className="diff-long-value" role="region" aria-label={`${name} (a long value; it scrolls)`} tabIndex={0}>
        {text}
      </div>
    </td>
  );
}
