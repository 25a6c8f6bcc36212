import { useId, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useScrollsItself } from '../hooks/useScrollsItself';

/**
 * One part of the status bar's line: its text, cut with an ellipsis when the line has no room. A cut part
 * takes a Tab stop and is described by its whole text, shown in a tooltip (in `tipHost`, beside the line so
 * the live line does not read it out again) while it has the focus, until Escape; the mouse has its title.
 */
export function StatusPart({
  text,
  tipHost,
  className,
  testId,
}: {
  text: string;
  tipHost: HTMLElement | null;
  className?: string;
  testId: string;
}) {
  const [ref, cut] = useScrollsItself<HTMLSpanElement>(text);
  const tipId = useId();
  const [left, setLeft] = useState<number | null>(null);
  const show = () => {
    const part = ref.current;
    // Under the part where there is room, else from the middle of the bar: it never runs past the window.
    if (part && tipHost) setLeft(Math.min(part.offsetLeft, tipHost.clientWidth / 2));
  };
  const hideOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || left === null) return;
    event.stopPropagation();
    setLeft(null);
  };
  return (
    <>
      <span
        ref={ref}
        data-testid={testId}
        className={className}
        title={text}
        tabIndex={cut ? 0 : undefined}
        aria-describedby={cut ? tipId : undefined}
        onFocus={show}
        onBlur={() => setLeft(null)}
        onKeyDown={hideOnEscape}
      >
        {text}
      </span>
      {cut &&
        tipHost &&
        createPortal(
          <div
            role="tooltip"
            id={tipId}
            className="status-tooltip"
            hidden={left === null}
            style={left === null ? undefined : { left }}
          >
            {text}
          </div>,
          tipHost,
        )}
    </>
  );
}
