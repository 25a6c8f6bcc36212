/**
 * `<RiskHoursField text onText applied onFocus />`: the hours before a withdrawal, typed, or stepped with the
 * arrow keys (Page Up and Page Down: a day; Home and End: the least and the most it takes). Only a plain whole number in range is used; anything else is
 * refused next to the field, saying what it takes, while the list below stays the one for the hours last
 * applied.
 */
import { WholeNumberInput } from '../../components/WholeNumberInput';
import { readWholeNumber } from '../../format/readWholeNumber';
import { DEFAULT_RISK_HOURS, RISK_HOURS } from './riskHours';

interface RiskHoursFieldProps {
  id?: string;
  text: string;
  onText: (text: string) => void;
  /** The hours the list below was asked for. */
  applied: number;
  onFocus?: () => void;
}

export function RiskHoursField({ id, text, onText, applied, onFocus }: RiskHoursFieldProps) {
  const read = readWholeNumber(text, RISK_HOURS);
  return (
    <div className="risk-number" onFocus={onFocus}>
      <label>
        Hours before the withdrawal{' '}
        <WholeNumberInput
          id={id}
          text={text}
          onText={onText}
          read={read}
          rule={RISK_HOURS}
          fallback={applied}
          page={24}
          errorId="risk-hours-error"
        />
      </label>
      {'problem' in read && (
        <p id="risk-hours-error" className="query-error" role="alert">
          {read.problem} The list below is still for {applied} {applied === 1 ? 'hour' : 'hours'}
          {applied === DEFAULT_RISK_HOURS ? ' (the default)' : ''}.
        </p>
      )}
    </div>
  );
}
