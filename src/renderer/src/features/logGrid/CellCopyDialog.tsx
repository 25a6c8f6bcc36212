import { useEffect, useId, useRef } from 'react';
import { keepTabInDialog } from '../../hooks/keepTabInDialog';
import { RefusedCopyBox } from './RefusedCopyBox';

interface CellCopyDialogProps {
  /** What the cell shows, as Ctrl+C would have copied it. */
  text: string;
  /** The cell's column, as its header names it. */
  columnName: string;
  /** Closes the dialog; the caller gives the focus back to the cell. */
  onClose: () => void;
}

/**
 * `<CellCopyDialog text columnName onClose />`: a grid cell's value the clipboard refused to take, in a
 * read-only box that holds the focus with the whole value selected, so the keyboard copies it from there.
 * Escape or Close closes it; Tab stays inside it while it is open.
 */
export function CellCopyDialog({ text, columnName, onClose }: CellCopyDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    box.current?.focus();
    box.current?.select();
  }, []);
  // Closed before the caller is told: while a modal dialog is open, nothing outside it can take the focus.
  const close = () => {
    dialog.current?.close();
    onClose();
  };
  return (
    <dialog
      ref={dialog}
      className="cell-copy-dialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        keepTabInDialog(event);
        if (event.key !== 'Escape') return;
        // Taken here: Escape would otherwise go on to what holds the grid, and close the row's detail instead.
        event.preventDefault();
        event.stopPropagation();
        close();
      }}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <h2 id={titleId}>Copy {columnName}</h2>
      <RefusedCopyBox label={columnName} text={text} rows={4} box={box} />
      <div className="cell-copy-actions">
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
