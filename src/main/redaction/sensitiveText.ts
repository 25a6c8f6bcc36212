import { findSecretSpans } from '../../shared/domain/secretSpans';
import { RedactionTally } from './redactionTally';

/** Secrets found inside free text by their shape or the key before them (`findSecretSpans`), each replaced by a marker. */
export { findSecretSpans };

/**
 * Replaces every secret `findSecretSpans` finds (a card keeps its last four) and counts each in
 * `tally`. Returns `text` itself when nothing matched.
 */
export function redactText(text: string, tally: RedactionTally = new RedactionTally()): string {
  const spans = findSecretSpans(text);
  if (spans.length === 0) return text;
  let redacted = '';
  let from = 0;
  for (const span of spans) {
    redacted += text.slice(from, span.start) + span.marker;
    from = span.end;
    tally.add(span.rule);
  }
  return redacted + text.slice(from);
}
