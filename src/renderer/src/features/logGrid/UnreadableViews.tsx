/**
 * `<UnreadableViews views family refused onOpen onDeleted />`: the saved views this version cannot open as they are
 * (a field the cluster no longer has, a setting a newer console wrote, a name too long), each with what is
 * wrong and what to do. One can be opened without what cannot be read (its query is applied, nothing saved)
 * or deleted, after a question; the file keeps each as it is until then.
 */
import { useState } from 'react';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { ColumnState } from '../../../../shared/domain/preferences';
import type { UnreadableView } from '../../../../shared/domain/unreadableView';
import type { LogFamily, LogQuery } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { RefusedAction } from '../../components/RefusedAction';
import { keepTabWithin } from '../../hooks/keepTabWithin';
import { useOpenedBy } from '../../hooks/useOpenedBy';

interface UnreadableViewsProps {
  views: readonly UnreadableView[];
  /** The grid's family: a view of another is not opened here. */
  family: LogFamily;
  /** Why the operator may not delete a view, or null when they may. */
  refused: string | null;
  /** Shows a view's query and columns without what cannot be read; `said` tells the operator what happened. */
  onOpen: (query: LogQuery, columns: ColumnState[], said: string) => void;
  /** Says how a deletion went; the list of views is read again. */
  onDeleted: (text: string, failed: boolean) => void;
}

/** A flagged view's name as the list shows it: hidden characters named, none said as such. */
export const unreadableName = (view: UnreadableView): string =>
  view.name === null ? 'a view with no name' : `“${showHiddenCharacters(view.name)}”`;

export function UnreadableViews({ views, family, refused, onOpen, onDeleted }: UnreadableViewsProps) {
  const api = useApi();
  if (views.length === 0) return null;
  const open = ({ openable, ...view }: UnreadableView) => {
    if (!openable || openable.query.family !== family) return;
    const without = openable.without ? ` without ${openable.without}` : '';
    const said =
      `Opened ${unreadableName({ ...view, openable })}${without}. To keep it so, save it under a name; ` +
      'the stored view stays as it was until you delete it.';
    onOpen(openable.query, openable.columns, said);
  };
  const remove = (view: UnreadableView) =>
    void api.deleteView({ id: view.key }).then((result) => {
      onDeleted(result.ok ? `Deleted ${unreadableName(view)}` : result.message, !result.ok);
    });
  const count = views.length === 1 ? 'One saved view' : `${views.length} saved views`;
  return (
    <section className="unreadable-views" aria-label="Saved views that cannot be opened">
      <p>{count} cannot be opened as they are; your file keeps them until you delete them:</p>
      <ul>
        {views.map((view) => (
          <UnreadableViewItem
            key={view.key}
            // One whose query is of another family is not opened on this grid.
            view={view.openable?.query.family === family ? view : { ...view, openable: null }}
            refused={refused}
            onOpen={open}
            onDelete={remove}
          />
        ))}
      </ul>
    </section>
  );
}

function UnreadableViewItem({
  view,
  refused,
  onOpen,
  onDelete,
}: {
  view: UnreadableView;
  refused: string | null;
  onOpen: (view: UnreadableView) => void;
  onDelete: (view: UnreadableView) => void;
}) {
  const [asking, setAsking] = useState(false);
  // The question takes Escape and gives the focus back to its button once answered "Cancel".
  const { opener, onKeyDown } = useOpenedBy(asking, () => setAsking(false));
  const name = unreadableName(view);
  const { openable } = view;
  return (
    <li>
      <span className="unreadable-problem">
        <strong>{name}</strong>: {showHiddenCharacters(view.problem)}
      </span>{' '}
      {openable && (
        <button
          type="button"
          aria-label={`Open ${name}${openable.without ? ` without ${openable.without}` : ''}`}
          onClick={() => onOpen(view)}
        >
          Open
        </button>
      )}{' '}
      {refused ? (
        <RefusedAction label="Delete" name={`Delete the view ${name}`} reason={refused} />
      ) : asking ? (
        <span
          role="alertdialog"
          aria-label="Delete view"
          className="confirm"
          onKeyDown={(event) => {
            keepTabWithin(event);
            onKeyDown(event);
          }}
        >
          Delete the view {name}? It leaves your file for good.{' '}
          <button type="button" onClick={() => onDelete(view)}>
            Delete
          </button>{' '}
          <button type="button" autoFocus onClick={() => setAsking(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" ref={opener} aria-label={`Delete the view ${name}`} onClick={() => setAsking(true)}>
          Delete
        </button>
      )}
    </li>
  );
}
