/** An event's catalog glyph, hidden from screen readers: the label beside it names the event. */
export function EventIcon({ glyph }: { glyph: string }) {
  return (
    <span aria-hidden="true" className="event-icon">
      {glyph}
    </span>
  );
}
