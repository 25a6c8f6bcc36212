import { useId } from 'react';

/**
 * A button main would refuse, shown disabled with the reason read out beside it; `name`, when given, is
 * its accessible name where its label alone would not tell one line's button from another's ("Unstar").
 */
export function RefusedAction({ label, name, reason }: { label: string; name?: string; reason: string }) {
  const id = useId();
  return (
    <span className="refused-action">
      <button type="button" disabled aria-label={name} aria-describedby={id} title={reason}>
        {label}
      </button>
      <span id={id} className="visually-hidden">
        {reason}
      </span>
    </span>
  );
}
