import { z } from 'zod';
import { hiddenCharacterProblem } from './hiddenCharacters';
import { listInSentence } from './listInSentence';
import { findPaymentNumbers } from './paymentNumbers';
import { secretShapeProblem } from './secretShapeProblem';

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
    `${what} holds what looks like ${listInSentence(looks)}; full card numbers and IBANs are never sent or kept. ` +
    `Write it without the ${places.length === 1 ? 'number' : 'numbers'}${cards ? ': a card’s last four digits are enough to name it' : ''}.`
  );
}

/**
 * What is wrong with text an operator typed to name or describe something the console shows and keeps (a
 * case's title, a view's name, an export's purpose), each in its own sentence: a character that hides or
 * reorders text, a full card number or IBAN, then another secret (a JWT, `password=…`). Empty when it may
 * be kept. A form says these at its field before sending, in the very words main refuses them with.
 */
export function namingTextProblems(what: string, text: string, options: { lines?: boolean } = {}): string[] {
  return [
    hiddenCharacterProblem(what, text, options),
    paymentNumberProblem(what, text),
    secretShapeProblem(what, text),
  ].filter((message): message is string => message !== null);
}

/**
 * Refuses what `namingTextProblems` finds, each problem its own issue:
 * `z.string().superRefine(refuseInNamingText('The title'))`.
 */
export function refuseInNamingText(what: string, options: { lines?: boolean } = {}) {
  return (value: string, context: z.RefinementCtx): void => {
    for (const message of namingTextProblems(what, value, options)) context.addIssue({ code: 'custom', message });
  };
}
