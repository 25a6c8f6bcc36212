import { useId } from 'react';

/**
 * A button main would refuse, shown disabled with the reason read out as its description; `name`, when
 * given, is its accessible name where its label alone would not tell one line's button from another's
 * ("Unstar"). It stays in the Tab order (`aria-disabled`, not `disabled`), so the keyboard reaches it and
 * hears why it does nothing; a press does nothing.
 */
export function RefusedAction({ label, name, reason }: { label: string; name?: string; reason: string }) {
  const id = useId();
  return (
    <span className="refused-action">
      <button type="button" aria-disabled="true" aria-label={name} aria-describedby={id} title={reason}>
        {label}
      </button>
      <span id={id} className="visually-hidden">
        {reason}
      </span>
    </span>
  );
}
