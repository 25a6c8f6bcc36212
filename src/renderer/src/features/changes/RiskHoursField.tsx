/**
 * `<RiskHoursField text onText applied />`: the hours before a withdrawal, typed, or stepped with the
 * arrow keys (Page Up and Page Down: a day). Only a plain whole number in range is used; anything else is
 * refused next to the field, saying what it takes, while the list below stays the one for the hours last
 * applied.
 */
import { DEFAULT_RISK_HOURS, MAX_RISK_HOURS, readRiskHours } from './riskHours';

interface RiskHoursFieldProps {
  text: string;
  onText: (text: string) => void;
  /** The hours the list below was asked for. */
  applied: number;
}

const STEPS: Readonly<Record<string, (hours: number) => number>> = {
  ArrowUp: (hours) => hours + 1,
  ArrowDown: (hours) => hours - 1,
  PageUp: (hours) => hours + 24,
  PageDown: (hours) => hours - 24,
};

export function RiskHoursField({ text, onText, applied }: RiskHoursFieldProps) {
  const read = readRiskHours(text);
  const problem = 'problem' in read ? read.problem : null;
  return (
    <div className="risk-hours">
      <label>
        Hours before the withdrawal{' '}
        <input
          // A text field, not type="number": that one takes "1e2" and hides what was typed when it is not a number.
          type="text"
          role="spinbutton"
          inputMode="numeric"
          size={5}
          aria-valuemin={1}
          aria-valuemax={MAX_RISK_HOURS}
          aria-valuenow={'hours' in read ? read.hours : undefined}
          aria-valuetext={problem ? text : undefined}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'risk-hours-error' : undefined}
          onChange={(event) => onText(event.target.value)}
          onKeyDown={(event) => {
            const step = STEPS[event.key];
            if (!step) return;
            event.preventDefault();
            const from = 'hours' in read ? read.hours : applied;
            onText(String(Math.min(MAX_RISK_HOURS, Math.max(1, step(from)))));
          }}
        />
      </label>
      {problem && (
        <p id="risk-hours-error" className="query-error" role="alert">
          {problem} The list below is still for {applied} {applied === 1 ? 'hour' : 'hours'}
          {applied === DEFAULT_RISK_HOURS ? ' (the default)' : ''}.
        </p>
      )}
    </div>
  );
}
