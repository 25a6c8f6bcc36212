/**
 * `<TextFilterField family text problem onChange />`: the filter panel's free-text field, its problem
 * under it, a note when the text would be ignored, and the search box's help.
 */
import type { LogFamily } from '../../../../shared/query/logQuery';
import { FieldError } from './FieldError';
import { textLabel } from './queryFilters';
import { ignoredTextReason, TextSearchHelp } from './TextSearchHelp';

interface TextFilterFieldProps {
  family: LogFamily;
  text: string | undefined;
  problem: string | undefined;
  onChange: (text: string | undefined) => void;
}

export function TextFilterField({ family, text, problem, onChange }: TextFilterFieldProps) {
  const ignored = ignoredTextReason(text);
  return (
    <div className="text-filter">
      <label>
        {textLabel(family)}
        <input
          type="search"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'text-filter-error text-filter-help' : 'text-filter-help'}
          value={text ?? ''}
          onChange={(event) => onChange(event.target.value || undefined)}
        />
      </label>
      <FieldError id="text-filter-error" message={problem} />
      {ignored && (
        <p className="query-hint" role="status">
          “{text}” will be ignored: {ignored}.
        </p>
      )}
      <TextSearchHelp id="text-filter-help" />
    </div>
  );
}
