/**
 * `<ReplaceViewQuestion view onReplace onCancel returnTo />`: asked before a new view takes the name of
 * `view`. It starts on Cancel, and Escape answers Cancel; until it is answered, Tab and Shift+Tab go round
 * its two answers. Once the question is gone, however it went (answered, or withdrawn by a new query), the
 * focus goes back to `returnTo`, what asked it, unless the operator has since put it elsewhere.
 */
import { useEffect, type RefObject } from 'react';
import type { SavedView } from '../../../../shared/domain/preferences';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { keepTabWithin } from '../../hooks/keepTabWithin';

interface ReplaceViewQuestionProps {
  view: SavedView;
  onReplace: () => void;
  onCancel: () => void;
  returnTo: RefObject<HTMLElement | null>;
}

export function ReplaceViewQuestion({ view, onReplace, onCancel, returnTo }: ReplaceViewQuestionProps) {
  useEffect(
    () => () => {
      // Run once the question has left the page: a focus that was in it is now nowhere.
      const focused = document.activeElement;
      if ((focused === null || focused === document.body) && returnTo.current?.isConnected) returnTo.current.focus();
    },
    [returnTo],
  );
  return (
    <span
      role="alertdialog"
      aria-label="Replace view"
      className="confirm"
      onKeyDown={(event) => {
        keepTabWithin(event);
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      A view named “{showHiddenCharacters(view.name)}” exists. Replace its filters and columns with these?{' '}
      <button type="button" onClick={onReplace}>
        Replace
      </button>{' '}
      {/* What keeps the view as it is takes the focus, so Enter by mistake replaces nothing. */}
      <button type="button" autoFocus onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}
