/**
 * `<FilterPanel family applied onSave onClose focus refusal />`: the family's filter controls edited
 * together and applied with Save; each option with its facet count, legends from the field table.
 * `focus` names a party control's filter key to focus, each time its `request` changes (the quick
 * Client and Employee buttons); Esc closes the panel as Cancel does. Save checks the query with main's
 * schema first: what is wrong shows next to the control that caused it and nothing is applied; `refusal`
 * (main's answer to the applied query) shows the same way. Either way focus goes to the first control at
 * fault, so the keyboard lands where the fix is typed. The time range is checked here too, a bound the browser cannot read included (the browser's own check would
 * stop Save with a bubble of its own); once said, what is wrong with it follows the range as it is mended.
 * When `applied` changes under the open panel (a chip removed, Back, a saved view), the filters it changed
 * show the new values and the operator's unsaved edits of the others stay (a name typed in a party field and
 * not picked is such an edit); an edit that gave way is named.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Failure } from '../../../../shared/contract/errors';
import type { LogFamily, TimeRange } from '../../../../shared/query/logQuery';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { useSettledValue } from '../../hooks/useSettledValue';
import { FieldError } from './FieldError';
import { countOf, offeredValues } from './filterOptions';
import type { FilterControl, GridFamily, QueryOf } from './gridFamily';
import { PartyPicker, type PartyPickerHandle } from './PartyPicker';
import { otherProblems, rangeState, without } from './panelProblems';
import { draftProblems, refusalProblems, type QueryProblems } from './queryProblems';
import { searchTextProblem } from '../../../../shared/query/searchTextProblem';
import { filterLabel, filterValues, withFilter } from './queryFilters';
import { rebaseDraft } from './rebaseDraft';
import { replacedEditsNote } from './replacedEditsNote';
import { TextFilterField } from './TextFilterField';
import { TimeRangeControl } from './TimeRangeControl';
import { typedRangeProblem, type UnreadableBounds } from './timeRangeFault';
import { useFacets } from './useFacets';

interface FilterPanelProps<F extends LogFamily> {
  family: GridFamily<F>;
  applied: QueryOf<F>;
  /**
   * The query saved; `keptLinkRange` when the panel was given `linkRange` and its range was left as the link
   * wrote it (the query then holds the applied range, for the page to keep the link's as written).
   */
  onSave: (query: QueryOf<F>, keptLinkRange: boolean) => void;
  onClose: () => void;
  focus?: { key: string; request: number };
  refusal?: Failure | null;
  /**
   * The range the page's link writes, when it cannot be used (the applied query holds only what could be
   * read of it): the range's fields show it as written, as far as a date field can, marked with `problem`.
   */
  linkRange?: { range: TimeRange | undefined; problem: string };
  /** The panel's form, for whoever moves the focus into it (`usePanelFocus`). */
  ref?: RefObject<HTMLFormElement | null>;
  /**
   * Each edit the operator makes (a filter, the range, the text, a party's name typed): a panel the page
   * opened by itself is then the operator's, to stay open across address changes with the edits in it.
   */
  onEdit?: () => void;
  /**
   * Filters the page holds and the panel never shows (a client page's client): the counts and the party
   * fields' suggestions read only the records within them, as the page's own search does.
   */
  fixedFilters?: Readonly<Record<string, readonly string[]>>;
}

export function FilterPanel<F extends LogFamily>({
  family,
  applied,
  onSave,
  onClose,
  focus,
  refusal = null,
  linkRange,
  ref,
  onEdit,
  fixedFilters,
}: FilterPanelProps<F>) {
  const [draft, setDraft] = useState<QueryOf<F>>(() =>
    linkRange ? { ...applied, timeRange: linkRange.range } : applied,
  );
  const [problems, setProblems] = useState<QueryProblems>(() => ({
    ...refusalProblems(refusal),
    ...(linkRange ? { timeRange: linkRange.problem } : {}),
  }));
  /** Whether the range was edited (or cleared) since the panel opened on the link's range. */
  const [rangeEdited, setRangeEdited] = useState(false);
  const keepsLinkRange = linkRange !== undefined && !rangeEdited;
  /** The range's bounds whose fields the browser cannot read. */
  const [unreadable, setUnreadable] = useState<UnreadableBounds>({});
  /** Bumped by Clear all and by an address that changes the range: made afresh, nothing half typed stays in it. */
  const [cleared, setCleared] = useState(0);
  /** The range as `problems` were found for: their sentence about it holds while it is unchanged. */
  const [checkedRange, setCheckedRange] = useState(() => rangeState(draft.timeRange, {}));
  /** The query the draft started from, moved on each time the address changes it: what the draft's edits are edits of. */
  const based = linkRange ? { ...applied, timeRange: linkRange.range } : applied;
  const basedKey = JSON.stringify([based, linkRange?.problem]);
  const [base, setBase] = useState({ query: based, linkProblem: linkRange?.problem });
  /** The filters whose unsaved edit the last address change replaced, and whether other edits stayed. */
  const [replaced, setReplaced] = useState<{ parts: string[]; othersKept: boolean }>({ parts: [], othersKept: false });
  /** The party filters whose field holds a name typed and not picked. */
  const [typedParties, setTypedParties] = useState<readonly string[]>([]);
  /** Bumped, by filter key, when the address changes a party filter: its field is made afresh, without the text typed. */
  const [partyRounds, setPartyRounds] = useState<Readonly<Record<string, number>>>({});
  if (JSON.stringify([base.query, base.linkProblem]) !== basedKey) {
    const rebased = rebaseDraft(draft, base.query, based);
    const rangeMoved = rebased.changed.includes('timeRange') || base.linkProblem !== linkRange?.problem;
    // Half-typed bounds are an edit too: the range made afresh drops them.
    const rangeLost = rangeMoved && (unreadable.from || unreadable.to) && !rebased.replaced.includes('timeRange');
    // So is a name typed in a party field: the address's new value of that filter replaces it.
    const typedLost = typedParties.filter((key) => rebased.changed.includes(key));
    const typedKept = typedParties.filter((key) => !typedLost.includes(key));
    const lost = [...new Set([...rebased.replaced, ...(rangeLost ? ['timeRange'] : []), ...typedLost])];
    setBase({ query: based, linkProblem: linkRange?.problem });
    setDraft(rebased.draft);
    setReplaced({ parts: lost, othersKept: rebased.kept.length > 0 || typedKept.length > 0 });
    if (typedLost.length > 0) {
      setTypedParties(typedKept);
      setPartyRounds((rounds) =>
        Object.fromEntries([...Object.entries(rounds), ...typedLost.map((key) => [key, (rounds[key] ?? 0) + 1])]),
      );
    }
    // What was found wrong with a filter the address changed was found with a value it no longer holds.
    setProblems((current) => ({
      ...without(current, rangeMoved ? [...rebased.changed, 'timeRange'] : rebased.changed),
      ...(rangeMoved && linkRange ? { timeRange: linkRange.problem } : {}),
    }));
    if (rangeMoved) {
      setUnreadable({});
      setRangeEdited(false);
      setCleared((count) => count + 1);
      setCheckedRange(rangeState(based.timeRange, {}));
    }
  }
  /** Main's answer to the applied query as the panel last placed it: a new answer replaces what the last one said. */
  const [placedRefusal, setPlacedRefusal] = useState(refusal);
  if (placedRefusal !== refusal) {
    setPlacedRefusal(refusal);
    setProblems((current) => ({
      ...without(current, Object.keys(refusalProblems(placedRefusal))),
      ...refusalProblems(refusal),
    }));
  }
  const rangeError =
    problems.timeRange === undefined || rangeState(draft.timeRange, unreadable) === checkedRange
      ? problems.timeRange
      : typedRangeProblem(family.family, draft.timeRange, unreadable);
  const ownForm = useRef<HTMLFormElement>(null);
  const form = ref ?? ownForm;
  /** Bumped by each Save that found problems, and set at mount when main refused the applied query. */
  const [checked, setChecked] = useState(() => (Object.keys(refusalProblems(refusal)).length > 0 ? 1 : 0));
  useEffect(() => {
    if (checked === 0) return;
    // The time range marks the one of its controls at fault: a bound, or its preset.
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    // Centred, so the sentence under the control shows with it.
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [checked, form]);
  // Text main would refuse (a secret, a direction control) is said at the field as it is typed and never
  // sent: counts (and the party fields' suggestions) stay with the query as it last was without it.
  const textRefusal = searchTextProblem(draft.text);
  const [searchable, setSearchable] = useState(draft);
  if (!textRefusal && searchable !== draft) setSearchable(draft);
  const countable = withFixed(textRefusal ? searchable : draft, fixedFilters);
  // Counts follow the query being edited, once the edit settles.
  const counted = useSettledValue(countable, JSON.stringify(countable));
  const facets = useFacets(family, counted);
  const set = (key: string) => (values: string[]) => {
    setDraft((current) => withFilter(current, key, values));
    onEdit?.();
  };
  /** The party pickers by filter key: text typed in one and not picked is applied or explained on Save. */
  const pickers = useRef(new Map<string, PartyPickerHandle>());
  const replacedNote = replacedEditsNote(family.family, replaced.parts, replaced.othersKept);
  /** The problems said under their own control: the party fields', the range's and the text's. */
  const ownProblems = [
    ...family.controls.flat().flatMap((item) => (item.kind === 'party' ? [item.key] : [])),
    'timeRange',
    'text',
  ];
  const control = (item: FilterControl) => {
    const label = item.kind === 'values' ? (item.legend ?? filterLabel(family.family, item.key)) : undefined;
    if (item.kind === 'party') {
      return (
        <PartyPicker
          key={`${item.key}:${partyRounds[item.key] ?? 0}`}
          field={item.suggest}
          label={filterLabel(family.family, item.key)}
          selected={filterValues(draft, item.key)}
          onChange={set(item.key)}
          {...(focus?.key === item.key ? { focusRequest: focus.request } : {})}
          problem={problems[item.key]}
          within={family.family === 'operational' ? (counted as QueryOf<'operational'>) : undefined}
          onTyped={(typed) => {
            setTypedParties((keys) => [...keys.filter((key) => key !== item.key), ...(typed ? [item.key] : [])]);
            if (typed) onEdit?.();
          }}
          ref={(handle: PartyPickerHandle | null) => {
            if (handle) pickers.current.set(item.key, handle);
            else pickers.current.delete(item.key);
          }}
        />
      );
    }
    const facet = facets[item.key];
    return (
      <CheckboxGroup
        key={item.key}
        legend={label ?? item.key}
        options={offeredValues(family.family, item.key, draft.filters, facet).map((value) => ({
          value,
          count: countOf(facet, value),
        }))}
        selected={filterValues(draft, item.key)}
        onChange={set(item.key)}
      />
    );
  };
  return (
    <form
      ref={form}
      className="filter-panel"
      aria-label="Filters"
      // Every control is checked on Save and said beside it, in the console's words.
      noValidate
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        // Text typed in a party field counts: applied when it names one party, else the field says so.
        let next = draft;
        let unsettled = false;
        for (const [key, picker] of pickers.current) {
          const ids = picker.settle();
          if (ids === null) unsettled = true;
          else next = withFilter(next, key, ids);
        }
        setCheckedRange(rangeState(next.timeRange, unreadable));
        // The link's range left as it is stays the page's to keep, still said: the query holds the range applied.
        if (keepsLinkRange) next = { ...next, timeRange: applied.timeRange };
        const rangeProblem = keepsLinkRange ? undefined : typedRangeProblem(family.family, next.timeRange, unreadable);
        const found = { ...draftProblems(next), ...(rangeProblem ? { timeRange: rangeProblem } : {}) };
        setProblems(keepsLinkRange ? { ...found, timeRange: linkRange.problem } : found);
        // Text typed in a party field and not applied is at fault too: the keyboard goes to it.
        if (unsettled || Object.keys(found).length > 0) setChecked((count) => count + 1);
        if (!unsettled && Object.keys(found).length === 0) onSave({ ...next, cursor: undefined }, keepsLinkRange);
      }}
    >
      {replacedNote && (
        <p className="query-hint" role="status">
          {replacedNote}
        </p>
      )}
      <div className="filter-columns">
        {family.controls.map((column, index) =>
          column.length === 1 && column[0] ? control(column[0]) : <div key={index}>{column.map(control)}</div>,
        )}
        <TimeRangeControl
          key={cleared}
          family={family.family}
          value={draft.timeRange}
          unreadable={unreadable}
          onChange={(timeRange, bounds) => {
            setDraft((current) => ({ ...current, timeRange }));
            setUnreadable(bounds);
            setRangeEdited(true);
            onEdit?.();
          }}
          error={rangeError}
        />
        <TextFilterField
          family={family.family}
          text={draft.text}
          problem={textRefusal ?? problems.text}
          onChange={(text) => {
            setDraft((current) => ({ ...current, text }));
            // Save's sentence about a refused text held for the text it found it in; the field says it anew while one is typed.
            const saidRefusal = searchTextProblem(draft.text);
            if (saidRefusal)
              setProblems((current) => (current.text === saidRefusal ? without(current, ['text']) : current));
            onEdit?.();
          }}
        />
      </div>
      <FieldError id="filters-error" message={otherProblems(problems, ownProblems)} />
      <div className="actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft({ ...draft, filters: {}, text: undefined, timeRange: undefined });
            setUnreadable({});
            setRangeEdited(true);
            setCleared((count) => count + 1);
            onEdit?.();
          }}
        >
          Clear all
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** `query` within the page's fixed filters, whatever the panel's own values of them. */
function withFixed<Q extends QueryOf<LogFamily>>(query: Q, fixed: FilterPanelProps<LogFamily>['fixedFilters']): Q {
  return Object.entries(fixed ?? {}).reduce((within, [key, values]) => withFilter(within, key, values), query);
}
