/**
 * `<SavedViews family query gridApi onApply saveRefused />`: the operator's named queries plus their columns for
 * the family's grid. Choosing one applies its query and its own column layout (the grid's default
 * layout is left as it is) and shows it as the active view, marked when changed since; the active view
 * can be saved (after a warning), renamed or deleted; a name saves the current query as a new view,
 * with a warning before it replaces another of that name. While the query is not one to keep (the grid's
 * link asks for something it cannot use), saving it is refused with `saveRefused` as why; renaming,
 * deleting and choosing views are not. Views this version cannot open are listed apart, flagged (`UnreadableViews`).
 * Its parts: the list (`SavedViewsMenu`), the active view's actions (`SavedViewActions`), the new view's name
 * (`NewViewForm`).
 */
import { useRef, useState, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import { refusalSentenceOf } from '../../../../shared/contract/errors';
import type { ColumnState, SavedView } from '../../../../shared/domain/preferences';
import { canonicalQuery } from '../../../../shared/query/canonicalQuery';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { readOnlyReason } from '../access/operator';
import { useOperator } from '../access/OperatorContext';
import { RefusedAction } from '../../components/RefusedAction';
import { setActiveView, useActiveView } from './activeView';
import type { GridFamily, QueryOf, RowOf } from './gridFamily';
import { ReplaceViewQuestion } from './ReplaceViewQuestion';
import { SavedViewActions, type Confirm } from './SavedViewActions';
import { BLANK_VIEW_NAME, viewNameLimit } from './ViewNameNote';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { viewNamedAlike } from '../../../../shared/domain/viewNameTaken';
import type { RouteRewrite } from './rewrittenRoute';
import { SavedViewsProblem } from './SavedViewsProblem';
import { UnreadableViews } from './UnreadableViews';
import { NewViewForm } from './NewViewForm';
import { SavedViewsMenu } from './SavedViewsMenu';
import { useViewLayout } from './useViewLayout';

interface SavedViewsProps<F extends LogFamily> {
  family: GridFamily<F>;
  query: QueryOf<F>;
  gridApi: RefObject<GridApi<RowOf<F>> | null>;
  /** Gives the grid a view's query: the address says that and nothing else of what it said (`dropUnread`). */
  onApply: (query: QueryOf<F>, rewrite: RouteRewrite) => void;
  /** Why the query cannot be saved to a view now, or null when it can. */
  saveRefused?: string | null;
}

const sameColumns = (a: ColumnState[], b: ColumnState[]) => JSON.stringify(a) === JSON.stringify(b);

export function SavedViews<F extends LogFamily>({
  family,
  query,
  gridApi,
  onApply,
  saveRefused = null,
}: SavedViewsProps<F>) {
  const api = useApi();
  const views = useRequest(() => api.listViews({ grid: family.grid }), [api, family.grid]);
  // Read again whenever the views are: a view this version cannot open is kept, listed apart.
  const unreadable = useRequest(() => api.listUnreadableViews({ grid: family.grid }), [api, family.grid, views.data]);
  const active = useActiveView(family.grid);
  const refused = readOnlyReason(useOperator(), 'save or change a view');
  const [name, setName] = useState('');
  // Said at the field when saving is asked with nothing but spaces as the name.
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const viewsMenu = useRef<HTMLSelectElement>(null);
  /** What asked the Replace view question (the name field or the button), given the focus back after it. */
  const replaceAsker = useRef<HTMLElement | null>(null);
  // Replacing a view's filters with "these" asks about the query shown when it was asked: a new query
  // (the page stays mounted) or a refusal to save it withdraws the question; renaming or deleting a view
  // does not depend on it.
  const queryKey = JSON.stringify({ ...query, cursor: undefined });
  const [asked, setAsked] = useState<{ key: string; confirm: Confirm } | null>(null);
  const confirm =
    asked &&
    ((asked.key === queryKey && !saveRefused) ||
      (asked.confirm.kind !== 'replace' && asked.confirm.kind !== 'overwrite'))
      ? asked.confirm
      : null;
  const setConfirm = (next: Confirm | null) => setAsked(next === null ? null : { key: queryKey, confirm: next });
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const { columnsNow, show, choose, leave } = useViewLayout(family, gridApi, onApply);
  const changed =
    active !== null &&
    (canonicalQuery(active.view.query, null) !== canonicalQuery(query, null) ||
      active.view.query.pageSize !== query.pageSize ||
      !sameColumns(active.view.columns, active.columns));

  /** Saves the query and columns as a new view (`name`), or into the view of `id`, which keeps its name. */
  const save = async (request: { id: string } | { name: string }, done: string) => {
    setConfirm(null);
    const columns = columnsNow();
    const result = await api.saveView({
      ...request,
      grid: family.grid,
      query: { ...query, cursor: undefined },
      columns,
    });
    if (result.ok) {
      setActiveView(family.grid, { view: result.data, columns: result.data.columns });
      setName('');
    }
    setMessage(
      result.ok
        ? { text: `${done} “${showHiddenCharacters(result.data.name)}”`, failed: false }
        : { text: result.message, failed: true },
    );
    views.reload();
  };
  const saveNew = () => {
    if (!name.trim()) {
      setNameProblem(BLANK_VIEW_NAME);
      nameField.current?.focus();
      return;
    }
    if (!viewNameLimit(name).fits) return;
    // A name the list would show alike (other letters' case, other spacing) is that view's.
    const clash = viewNamedAlike(name, views.data ?? []);
    if (clash) {
      replaceAsker.current = document.activeElement instanceof HTMLElement ? document.activeElement : nameField.current;
      setConfirm({ kind: 'replace', view: clash });
    } else void save({ name: name.trim() }, 'Saved');
  };
  /** Renames `view`; a refusal stays with the rename form, at its field, and is answered. */
  const rename = async (view: SavedView, to: string): Promise<string | null> => {
    const result = await api.saveView({
      id: view.id,
      name: to,
      grid: view.grid,
      query: view.query,
      columns: view.columns,
    });
    if (!result.ok) return refusalSentenceOf(result);
    setConfirm(null);
    setActiveView(family.grid, { view: result.data, columns: active?.columns ?? result.data.columns });
    setMessage({ text: `Renamed to “${showHiddenCharacters(result.data.name)}”`, failed: false });
    views.reload();
    return null;
  };
  const remove = (view: SavedView) =>
    void api.deleteView({ id: view.id }).then((result) => {
      setConfirm(null);
      if (result.ok) {
        // The view's buttons go with it: the list of views, where the next one is chosen, takes the focus.
        viewsMenu.current?.focus();
        leave();
      }
      setMessage(
        result.ok
          ? { text: `Deleted “${showHiddenCharacters(view.name)}”`, failed: false }
          : { text: result.message, failed: true },
      );
      views.reload();
    });
  return (
    <div className="saved-views">
      <SavedViewsMenu
        views={views.data ?? []}
        unreadable={unreadable.data ?? []}
        active={active}
        changed={changed}
        menu={viewsMenu}
        onChoose={choose}
        onLeave={leave}
      />
      {refused ? (
        <RefusedAction label="Save view" reason={refused} />
      ) : (
        <>
          {active && (
            <SavedViewActions
              view={active.view}
              views={views.data ?? []}
              confirm={confirm}
              onConfirm={setConfirm}
              onSave={() => void save({ id: active.view.id }, 'Saved')}
              onRename={rename}
              onDelete={remove}
              saveRefused={saveRefused}
            />
          )}
          {saveRefused ? (
            <RefusedAction label={active ? 'Save as new view' : 'Save view'} reason={saveRefused} />
          ) : (
            <NewViewForm
              name={name}
              onName={(typed) => {
                setName(typed);
                setNameProblem(null);
              }}
              problem={nameProblem}
              label={active ? 'Save as new view' : 'Save view'}
              field={nameField}
              onSave={saveNew}
            />
          )}
        </>
      )}
      {confirm?.kind === 'replace' && (
        <ReplaceViewQuestion
          view={confirm.view}
          onReplace={() => void save({ id: confirm.view.id }, 'Replaced')}
          onCancel={() => setConfirm(null)}
          returnTo={replaceAsker}
        />
      )}
      {message && (
        <span role={message.failed ? 'alert' : 'status'} className={message.failed ? 'error' : 'muted'}>
          {message.text}
        </span>
      )}
      <UnreadableViews
        views={unreadable.data ?? []}
        family={family.family}
        refused={refused}
        onOpen={(opened, columns, said) => {
          setActiveView(family.grid, null);
          show(opened, columns);
          setMessage({ text: said, failed: false });
        }}
        onDeleted={(text, failed) => {
          // The deleted view's buttons go with it: the list of views takes the focus.
          if (!failed) viewsMenu.current?.focus();
          setMessage({ text, failed });
          views.reload();
        }}
      />
      <SavedViewsProblem
        error={views.error}
        onDone={(said) => {
          if (said) setMessage(said);
          views.reload();
        }}
      />
    </div>
  );
}
