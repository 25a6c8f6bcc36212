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

/** A set of values OR'ed together, each with its facet count; a hidden character in a value is shown by name. */
export function CheckboxGroup({ legend, options, selected, onChange }: CheckboxGroupProps) {
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value]);
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input type="checkbox" checked={selected.includes(option.value)} onChange={() => toggle(option.value)} />
          <span className="option-label">{showHiddenCharacters(option.label ?? option.value)}</span>
          {option.count !== undefined && <span className="count">{option.count.toLocaleString()}</span>}
        </label>
      ))}
    </fieldset>
  );
}
