/**
 * `<BulkMinClientsField text onText applied onFocus />`: the fewest clients a bulk operation changed for the
 * list to show it, typed or stepped with the arrow keys (Page Up and Page Down: a hundred; Home and End: the
 * least and the most it takes). Only a plain whole number in range is used; anything else is refused next to
 * the field, saying what it takes, while the list below stays the one for the minimum last applied.
 */
import { WholeNumberInput } from '../../components/WholeNumberInput';
import { readWholeNumber } from '../../format/readWholeNumber';
import { BULK_MIN_CLIENTS_FIELD, BULK_MIN_CLIENTS_RULE, DEFAULT_BULK_MIN_CLIENTS } from './bulkMinClients';

interface BulkMinClientsFieldProps {
  text: string;
  onText: (text: string) => void;
  /** The minimum the list below was asked for. */
  applied: number;
  onFocus?: () => void;
}

const ERROR_ID = 'risk-bulk-min-clients-error';

export function BulkMinClientsField({ text, onText, applied, onFocus }: BulkMinClientsFieldProps) {
  const read = readWholeNumber(text, BULK_MIN_CLIENTS_RULE);
  return (
    <div className="risk-number" onFocus={onFocus}>
      <label>
        Fewest clients per operation{' '}
        <WholeNumberInput
          id={BULK_MIN_CLIENTS_FIELD}
          text={text}
          onText={onText}
          read={read}
          rule={BULK_MIN_CLIENTS_RULE}
          fallback={applied}
          page={100}
          errorId={ERROR_ID}
          size={7}
        />
      </label>
      {'problem' in read && (
        <p id={ERROR_ID} className="query-error" role="alert">
          {read.problem} The list below is still for operations over at least {applied.toLocaleString('en')} clients
          {applied === DEFAULT_BULK_MIN_CLIENTS ? ' (the default)' : ''}.
        </p>
      )}
    </div>
  );
}
