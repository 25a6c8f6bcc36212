/**
 * `<TextFilterField family text problem onChange />`: the filter panel's free-text field, its problem
 * under it, a note when the text would be ignored or a quote in it is left open (searched otherwise than
 * it may read), and the search box's help.
 */
import type { LogFamily } from '../../../../shared/query/logQuery';
import { FieldError } from './FieldError';
import { textLabel } from './queryFilters';
import { ignoredTextReason, TextSearchHelp } from './TextSearchHelp';
import { unclosedQuoteNote } from './unclosedQuoteNote';

interface TextFilterFieldProps {
  family: LogFamily;
  text: string | undefined;
  problem: string | undefined;
  onChange: (text: string | undefined) => void;
}

export function TextFilterField({ family, text, problem, onChange }: TextFilterFieldProps) {
  const ignored = ignoredTextReason(text);
  const openQuote = unclosedQuoteNote(text, problem);
  const described = [problem && 'text-filter-error', openQuote && 'text-filter-quote', 'text-filter-help'];
  return (
    <div className="text-filter">
      <label>
        {textLabel(family)}
        <input
          type="search"
          aria-invalid={problem ? true : undefined}
          aria-describedby={described.filter(Boolean).join(' ')}
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
      {/* Always there, so the note is announced once as it appears, and not again while the phrase is typed. */}
      <div role="status">
        {openQuote && (
          <p id="text-filter-quote" className="query-hint">
            {openQuote}
          </p>
        )}
      </div>
      <TextSearchHelp id="text-filter-help" />
    </div>
  );
}
