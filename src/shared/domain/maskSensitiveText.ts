import { maskSecretSpans } from './secretSpans';

/**
 * `text` with every card number, IBAN and other secret (a JWT, `password=…`, a token after `Bearer`),
 * percent-encoded or not, replaced by the marker redaction shows for it, as a message, a filter chip or a
 * quoted name may repeat what was typed or a link carried: exactly the spans redaction withholds
 * (`findSecretSpans`), so what is masked here and what redaction masks never differ.
 */
export const maskSensitiveText: (text: string) => string = maskSecretSpans;
