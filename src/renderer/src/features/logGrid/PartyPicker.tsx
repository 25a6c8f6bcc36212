import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { OperationalQuery } from '../../../../shared/query/logQuery';
import type { SuggestField, Suggestion } from '../../../../shared/query/logSource';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { rememberNames, useKnownNames } from './knownNames';
import { partyWords } from './queryWords';
import { resolvePartyText } from './partyText';
import { prefixTooLongProblem } from './prefixTooLong';
import { isQueryRefusal } from '../../../../shared/query/queryRefusal';
import { suggestPrefixSecretProblem } from '../../../../shared/query/searchTextSecret';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';

/** How many suggestions are listed under the field. */
const SHOWN_SUGGESTIONS = 8;

/** What the form asks a picker on Save: the parties chosen once the text typed and not picked is applied. */
export interface PartyPickerHandle {
  /** The ids chosen once the typed text is applied; `null` when the text names no single party (the field says why). */
  settle: () => string[] | null;
}

interface PartyPickerProps {
  field: SuggestField;
  /** Count each party among this query's matches (its own filter left out); absent: among all logs. */
  within?: OperationalQuery;
  label: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** Focus the search field now; a new number asks again (the quick button pressed while the panel is open). */
  focusRequest?: number;
  /** What is wrong with this filter, said under the field: main's refusal of it (a client outside the scope), or Save's check. */
  problem?: string | undefined;
  /** Whether text is typed in the field and not picked (an unsaved edit of the filter), each time that changes. */
  onTyped?: (typed: boolean) => void;
  ref?: Ref<PartyPickerHandle>;
}

/**
 * `<PartyPicker field label selected onChange within />`: type-ahead over the clients or employees the
 * logs name, any word of a name matching, each counted among `within`'s matches; a combobox whose arrows
 * move among the suggestions and whose Enter picks the one moved to (or applies the text typed). Names and ids are the
 * producers' text: each character in them that hides or reorders text is shown by its name, ⟨U+202E⟩.
 */
export function PartyPicker({
  field,
  label,
  selected,
  onChange,
  focusRequest,
  within,
  problem,
  onTyped,
  ref,
}: PartyPickerProps) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusRequest !== undefined) input.current?.focus();
  }, [focusRequest]);
  const [prefix, setTypedPrefix] = useState('');
  const setPrefix = (text: string) => {
    setTypedPrefix(text);
    if ((text === '') !== (prefix === '')) onTyped?.(text !== '');
  };
  const withinKey = JSON.stringify(within ?? null);
  // Text longer than any name or id is not sent: the field says so, and lists nothing it did not search.
  const tooLong = prefixTooLongProblem(prefix, label);
  // Nor is text main would refuse as a secret (one shared rule): the field says why in main's words.
  const secret = tooLong ? null : suggestPrefixSecretProblem(prefix);
  const unasked = tooLong !== null || secret !== null;
  const asked = unasked ? '' : prefix;
  const suggestions = useRequest(
    () => api.suggestParties({ field, prefix: asked, ...(within ? { query: { ...within, cursor: undefined } } : {}) }),
    // withinKey stands for within: a new object with the same content is the same query.
    [api, field, asked, withinKey],
  );
  const names = useKnownNames();
  /** Why the typed text was not applied, shown under the field until the text changes. */
  const [unpicked, setUnpicked] = useState<string | null>(null);
  const add = (id: string) => {
    if (!selected.includes(id)) onChange([...selected, id]);
    setPrefix('');
    setUnpicked(null);
  };
  /** The suggestion the arrows moved to (-1: none; the text typed is what Enter applies). */
  const [active, setActive] = useState(-1);
  const pick = (suggestion: Suggestion) => {
    rememberNames([suggestion]);
    add(suggestion.id);
    setActive(-1);
  };
  /** Applies the typed text when it names one party; otherwise says why under the field and keeps it. */
  const settle = (): string[] | null => {
    if (unasked) return null;
    const found = resolvePartyText(prefix, suggestions.loading ? null : (suggestions.data ?? []), selected, label);
    if (found.kind === 'problem') {
      setUnpicked(found.message);
      return null;
    }
    if (found.kind === 'empty') {
      setPrefix('');
      return [...selected];
    }
    pick(found.suggestion);
    return [...selected, found.suggestion.id];
  };
  useImperativeHandle(ref, () => ({ settle }));
  const unpickedId = `${field}-unpicked`;
  const problemId = `${field}-problem`;
  const secretId = `${field}-secret`;
  const tooLongId = `${field}-too-long`;
  const hintId = `${field}-hint`;
  const listId = `${field}-suggestions`;
  const optionId = (index: number) => `${field}-suggestion-${index}`;
  const shown = (unasked ? [] : (suggestions.data ?? [])).slice(0, SHOWN_SUGGESTIONS);
  const wrong = [
    unpicked ? unpickedId : null,
    problem ? problemId : null,
    secret ? secretId : null,
    tooLong ? tooLongId : null,
  ].filter((id) => id !== null);
  // Text too long keeps the hint after its sentence: the one says to shorten the text, the other to what.
  const described = wrong.length === 0 || tooLong ? [...wrong, hintId] : wrong;
  const activeShown = active >= 0 ? shown[active] : undefined;
  return (
    <fieldset className="party-picker">
      <legend>{label}</legend>
      <div className="chips">
        {selected.map((id) => (
          <button
            key={id}
            type="button"
            className="chip"
            onClick={() => onChange(selected.filter((item) => item !== id))}
          >
            {showHiddenCharacters(partyWords(names, id))} ✕
          </button>
        ))}
      </div>
      <input
        type="search"
        role="combobox"
        aria-label={`Search ${label.toLowerCase()}`}
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeShown ? optionId(active) : undefined}
        aria-invalid={unasked || unpicked !== null || problem !== undefined}
        // What is wrong with the text, when something is; else the hint the short placeholder stands for.
        aria-describedby={described.join(' ')}
        // Short enough to show whole in the panel's narrowest width; the hint says it in full.
        placeholder="Name or id"
        value={prefix}
        ref={input}
        onChange={(event) => {
          setPrefix(event.target.value);
          setUnpicked(null);
          setActive(-1);
        }}
        onKeyDown={(event) => {
          // Arrows move among the suggestions, Enter picks the one moved to, else applies the text typed.
          if (event.key === 'ArrowDown' && shown.length > 0) setActive(Math.min(active + 1, shown.length - 1));
          else if (event.key === 'ArrowUp' && shown.length > 0) setActive(Math.max(active - 1, -1));
          else if (event.key === 'Enter' && activeShown) pick(activeShown);
          else if (event.key === 'Enter' && prefix.trim()) settle();
          else return;
          event.preventDefault();
        }}
      />
      <span id={hintId} className="visually-hidden">
        Type the start of a name or id of the {label.toLowerCase()}, then pick one from the list.
      </span>
      {problem && (
        <p id={problemId} className="error" role="alert">
          {showHiddenCharacters(problem)}
        </p>
      )}
      {unpicked && (
        <p id={unpickedId} className="error" role="alert">
          {showHiddenCharacters(unpicked)}
        </p>
      )}
      {tooLong && (
        <p id={tooLongId} className="error" role="alert">
          {tooLong}
        </p>
      )}
      {secret && (
        <p id={secretId} className="error" role="alert">
          {secret}
        </p>
      )}
      {suggestions.error && (
        <p className="error">
          {/* The query counted within is refused: the field at fault says why (this one, above, when it is). */}
          {isQueryRefusal(suggestions.error)
            ? `No suggestions while the filters cannot be searched; ${problem ? 'fix this field first' : 'the field at fault says why'}.`
            : suggestions.error.message}
        </p>
      )}
      {/* Busy while the suggestions for the text as typed are still being looked up: they may change. */}
      <ul
        id={listId}
        className="suggestions"
        role="listbox"
        aria-label={`${label} suggestions`}
        aria-multiselectable="true"
        aria-busy={!unasked && suggestions.loading}
      >
        {shown.map((suggestion, index) => (
          <li
            key={suggestion.id}
            id={optionId(index)}
            role="option"
            // Selected: chosen already. The one the arrows moved to is the input's active descendant.
            aria-selected={selected.includes(suggestion.id)}
            className={index === active ? 'active' : undefined}
            // The input keeps the focus, so typing and the arrows go on from where they were.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(suggestion)}
          >
            <span className="suggestion-name">{showHiddenCharacters(suggestion.name)}</span>{' '}
            <span className="muted suggestion-id">({showHiddenCharacters(suggestion.id)})</span>
            <span className="count">{suggestion.count.toLocaleString()}</span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
