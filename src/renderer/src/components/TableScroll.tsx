import { useId, useState, type ReactNode, type UIEvent } from 'react';
import { useScrollsItself } from '../hooks/useScrollsItself';

/** Said above a table wider than its box, so the columns past the edge are not taken for missing. */
export const TABLE_SCROLL_CUE =
  'This table is wider than the window: scroll it sideways for the columns at its right (or Tab to it and use the arrow keys).';

/**
 * `<TableScroll label content>{table}</TableScroll>`: a wide table's own sideways scroll, so the page
 * never scrolls sideways. While the table is wider than the window allows, a sentence above it says so,
 * its edge fades where more columns lie beyond, and the box takes a Tab stop and is a region named
 * `label` ("Journal lines, scrolls sideways"), so the keyboard can scroll it with the arrows; `content`
 * is what the table shows, measured again when it changes.
 */
export function TableScroll({ label, content, children }: { label: string; content: unknown; children: ReactNode }) {
  const [ref, scrolls] = useScrollsItself<HTMLDivElement>(content);
  const cueId = useId();
  /** Whether the box is scrolled to its right end: no column lies beyond the edge. */
  const [atEnd, setAtEnd] = useState(false);
  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const box = event.currentTarget;
    setAtEnd(box.scrollLeft + box.clientWidth >= box.scrollWidth - 1);
  };
  return (
    <>
      {scrolls && (
        <p id={cueId} className="muted table-scroll-cue">
          {TABLE_SCROLL_CUE}
        </p>
      )}
      <div
        ref={ref}
        className="table-scroll"
        onScroll={onScroll}
        {...(scrolls
          ? {
              tabIndex: 0,
              role: 'region',
              'aria-label': `${label}, scrolls sideways`,
              'aria-describedby': cueId,
              'data-more': atEnd ? undefined : 'right',
            }
          : {})}
      >
        {children}
      </div>
    </>
  );
}
