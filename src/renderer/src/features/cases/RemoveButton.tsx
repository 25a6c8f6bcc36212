import { RefusedAction } from '../../components/RefusedAction';

export interface RemoveButtonProps {
  label: string;
  name: string;
  refused: string | null;
  onClick: () => void;
}

/**
 * A line's Unpin or Unstar, named after its line; while main would refuse it, disabled with the reason.
 * Marked `data-remove`: the case finds the one of the line that took a removed line's place to focus it.
 */
export function RemoveButton({ label, name, refused, onClick }: RemoveButtonProps) {
  if (refused) return <RefusedAction label={label} name={name} reason={refused} />;
  return (
    <button type="button" aria-label={name} data-remove onClick={onClick}>
      {label}
    </button>
  );
}
