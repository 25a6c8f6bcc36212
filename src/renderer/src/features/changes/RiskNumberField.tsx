/**
 * `<RiskNumberField id label rule page text onText applied stillFor />`: a whole number a risk view is asked
 * for (the hours before a withdrawal, the fewest clients of a bulk operation), typed or stepped with the
 * arrow keys (Page Up and Page Down: `page`; Home and End: the least and the most it takes). Only a plain
 * whole number in range is used; anything else is refused next to the field, saying what it takes, while
 * the list below stays the one for the number last applied.
 */
import { WholeNumberInput } from '../../components/WholeNumberInput';
import { readWholeNumber, type WholeNumberRule } from '../../format/readWholeNumber';

interface RiskNumberFieldProps {
  id: string;
  label: string;
  rule: WholeNumberRule;
  /** How far Page Up and Page Down step. */
  page: number;
  /** The field's width in characters, when the default is too narrow for the most it takes. */
  size?: number;
  text: string;
  onText: (text: string) => void;
  /** The number the list below was asked for. */
  applied: number;
  /** What the list below is still for after a refusal: "2 hours (the default)". */
  stillFor: string;
  onFocus?: () => void;
}

export function RiskNumberField({
  id,
  label,
  rule,
  page,
  size,
  text,
  onText,
  stillFor,
  ...rest
}: RiskNumberFieldProps) {
  const read = readWholeNumber(text, rule);
  const errorId = `${id}-error`;
  return (
    <div className="risk-number" onFocus={rest.onFocus}>
      <label>
        {label}{' '}
        <WholeNumberInput
          id={id}
          text={text}
          onText={onText}
          read={read}
          rule={rule}
          fallback={rest.applied}
          page={page}
          errorId={errorId}
          {...(size === undefined ? {} : { size })}
        />
      </label>
      {'problem' in read && (
        <p id={errorId} className="query-error" role="alert">
          {read.problem} The list below is still for {stillFor}.
        </p>
      )}
    </div>
  );
}
