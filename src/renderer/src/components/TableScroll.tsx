import type { ReactNode } from 'react';
import { useScrollsItself } from '../hooks/useScrollsItself';

/**
 * `<TableScroll label content>{table}</TableScroll>`: a wide table's own sideways scroll, so the page
 * never scrolls sideways. While the table is wider than the window allows, the box takes a Tab stop and
 * is a region named `label` ("Journal lines, scrolls sideways"), so the keyboard can scroll it with the
 * arrows; `content` is what the table shows, measured again when it changes.
 */
export function TableScroll({ label, content, children }: { label: string; content: unknown; children: ReactNode }) {
  const [ref, scrolls] = useScrollsItself<HTMLDivElement>(content);
  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': `${label}, scrolls sideways` } : {})}
    >
      {children}
    </div>
  );
}
