import { z } from 'zod';
import { hiddenCharacterProblem } from './hiddenCharacters';
import { listInSentence } from './listInSentence';
import { findPaymentNumbers } from './paymentNumbers';

/**
 * What is wrong with text an operator typed to name or describe something (a connection, a case, a
 * view, an export's purpose) that holds a full card number or IBAN, or null. Such text is shown on every
 * screen and written as it is into the journal and bundles' custody records, where no full payment data
 * may stand. A card is named by its last four digits only, as redaction shows it; `what` begins the
 * sentence ("The connection’s name").
 */
export function paymentNumberProblem(what: string, text: string): string | null {
  const places = findPaymentNumbers(text);
  if (places.length === 0) return null;
  const looks = [
    ...new Set(places.map(({ lastFour }) => (lastFour === null ? 'an IBAN' : `a card number ending ${lastFour}`))),
  ];
  const cards = places.some(({ kind }) => kind === 'card number');
  return (
    `${what} holds what looks like ${listInSentence(looks)}; full card numbers and IBANs are never shown or kept. ` +
    `Write it without the ${places.length === 1 ? 'number' : 'numbers'}${cards ? ': a card’s last four digits are enough to name it' : ''}.`
  );
}

/**
 * Refuses what an operator types to name or describe something the console shows and keeps (a case's
 * title, a view's name, an export's purpose): no character that hides or reorders text, and no full card
 * number or IBAN, each said in its own sentence. `z.string().superRefine(refuseInNamingText('The title'))`.
 */
export function refuseInNamingText(what: string, options: { lines?: boolean } = {}) {
  return (value: string, context: z.RefinementCtx): void => {
    for (const message of [hiddenCharacterProblem(what, value, options), paymentNumberProblem(what, value)]) {
      if (message !== null) context.addIssue({ code: 'custom', message });
    }
  };
}
