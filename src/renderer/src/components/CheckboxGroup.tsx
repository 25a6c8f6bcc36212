import { useId } from 'react';
import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';

export interface CheckboxOption {
  value: string;
  label?: string;
  /** Matches with this value under the other filters; absent while facets load. */
  count?: number;
}

interface CheckboxGroupProps {
  legend: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/**
 * A set of values OR'ed together, each with its facet count; a hidden character in a value is shown by name.
 * A box is named by its value alone and its count is its description ("249 matches"): the number shown
 * beside the value would otherwise run into the name ("Settings249").
 */
export function CheckboxGroup({ legend, options, selected, onChange }: CheckboxGroupProps) {
  const groupId = useId();
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value]);
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((option, index) => {
        const countId = `${groupId}-count-${index}`;
        return (
          <label key={option.value}>
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={() => toggle(option.value)}
              aria-describedby={option.count === undefined ? undefined : countId}
            />
            <span className="option-label">{showHiddenCharacters(option.label ?? option.value)}</span>
            {option.count !== undefined && (
              <span className="count" id={countId} aria-hidden="true">
                {option.count.toLocaleString()}
                <span className="visually-hidden"> {option.count === 1 ? 'match' : 'matches'}</span>
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
