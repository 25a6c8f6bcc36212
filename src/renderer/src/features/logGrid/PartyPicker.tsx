import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { MAX_SUGGEST_PREFIX } from '../../../../shared/contract/logChannels';
import type { OperationalQuery } from '../../../../shared/query/logQuery';
import type { SuggestField } from '../../../../shared/query/logSource';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { partyLabel, rememberNames, useKnownNames } from './knownNames';
import { resolvePartyText } from './partyText';
import { isQueryRefusal } from '../../../../shared/query/queryRefusal';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';

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
  /** The id of the sentence saying why main refused this filter (a client outside the scope), if it did. */
  refusalId?: string | undefined;
  ref?: Ref<PartyPickerHandle>;
}

/**
 * `<PartyPicker field label selected onChange within />`: type-ahead over the clients or employees the
 * logs name, any word of a name matching, each counted among `within`'s matches. Names and ids are the
 * producers' text: each character in them that hides or reorders text is shown by its name, ⟨U+202E⟩.
 */
export function PartyPicker({
  field,
  label,
  selected,
  onChange,
  focusRequest,
  within,
  refusalId,
  ref,
}: PartyPickerProps) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusRequest !== undefined) input.current?.focus();
  }, [focusRequest]);
  const [prefix, setPrefix] = useState('');
  const withinKey = JSON.stringify(within ?? null);
  // Text longer than any name or id is not sent: the field says so, and lists nothing it did not search.
  const tooLong = prefix.trim().length > MAX_SUGGEST_PREFIX;
  const asked = tooLong ? '' : prefix;
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
  /** Applies the typed text when it names one party; otherwise says why under the field and keeps it. */
  const settle = (): string[] | null => {
    if (tooLong) return null;
    const found = resolvePartyText(prefix, suggestions.loading ? null : (suggestions.data ?? []), selected, label);
    if (found.kind === 'problem') {
      setUnpicked(found.message);
      return null;
    }
    if (found.kind === 'empty') {
      setPrefix('');
      return [...selected];
    }
    rememberNames([found.suggestion]);
    add(found.suggestion.id);
    return [...selected, found.suggestion.id];
  };
  useImperativeHandle(ref, () => ({ settle }));
  const problemId = `${field}-unpicked`;
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
            {showHiddenCharacters(partyLabel(names, id))} ✕
          </button>
        ))}
      </div>
      <input
        type="search"
        aria-label={`Search ${label.toLowerCase()}`}
        aria-invalid={tooLong || unpicked !== null || refusalId !== undefined}
        aria-describedby={[unpicked ? problemId : null, refusalId].filter(Boolean).join(' ') || undefined}
        placeholder={`Name or id of the ${label.toLowerCase()}`}
        value={prefix}
        ref={input}
        onChange={(event) => {
          setPrefix(event.target.value);
          setUnpicked(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && prefix.trim()) {
            event.preventDefault();
            settle();
          }
        }}
      />
      {unpicked && (
        <p id={problemId} className="error" role="alert">
          {showHiddenCharacters(unpicked)}
        </p>
      )}
      {tooLong && (
        <p className="error" role="alert">
          A name or id is at most {MAX_SUGGEST_PREFIX} characters; this text has {prefix.trim().length}. Shorten it to
          the start of a name or id.
        </p>
      )}
      {suggestions.error && (
        <p className="error">
          {/* The query counted within is refused: its own field says why; this one need not repeat it. */}
          {isQueryRefusal(suggestions.error)
            ? 'No suggestions while the filters cannot be searched; the field at fault says why.'
            : suggestions.error.message}
        </p>
      )}
      {/* Busy while the suggestions for the text as typed are still being looked up: they may change. */}
      <ul
        className="suggestions"
        role="listbox"
        aria-label={`${label} suggestions`}
        aria-busy={!tooLong && suggestions.loading}
      >
        {(tooLong ? [] : (suggestions.data ?? [])).slice(0, 8).map((suggestion) => (
          <li key={suggestion.id} role="option" aria-selected={selected.includes(suggestion.id)}>
            <button
              type="button"
              onClick={() => {
                rememberNames([suggestion]);
                add(suggestion.id);
              }}
            >
              {showHiddenCharacters(suggestion.name)}{' '}
              <span className="muted">({showHiddenCharacters(suggestion.id)})</span>
              <span className="count">{suggestion.count.toLocaleString()}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
