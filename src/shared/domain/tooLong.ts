/**
 * How the console says a text is past its limit: the field, what to do, the limit and the text's own length,
 * so the operator knows how much to shorten ("The channel is too long: shorten it to at most 100 characters;
 * this one has 140.").
 * The text itself is kept as typed, never cut.
 */
export function tooLongSentence(
  subject: string,
  max: number,
  length: number,
  unit: 'characters' | 'bytes' = 'characters',
): string {
  return `${subject} is too long: shorten it to at most ${max.toLocaleString('en')} ${unit}; this one has ${length.toLocaleString('en')}.`;
}

/**
 * How the console says an id a link holds is past its limit: it was not typed, so there is nothing to shorten;
 * the caller adds where to look instead ("The id in the link is longer than any id: at most 200 characters;
 * this one has 330.").
 */
export function tooLongInLinkSentence(name: string, max: number, length: number): string {
  return `The ${name} in the link is longer than any ${name}: at most ${max.toLocaleString('en')} characters; this one has ${length.toLocaleString('en')}.`;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** A text's length as the console's limits count it (and its schemas do): by code point, an emoji one character. */
export function characterCount(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

/**
 * A schema's refusal of text past its `max`, in that sentence: `z.string().trim().max(200, tooLong('The title'))`.
 * The text is counted as the schema counts it: after `trim`, an emoji one character. `then` follows as a sentence.
 */
export function tooLong(subject: string, then?: string) {
  return {
    error: (issue: { input?: unknown; maximum?: unknown }): string => {
      const length = typeof issue.input === 'string' ? characterCount(issue.input) : 0;
      const sentence = tooLongSentence(subject, Number(issue.maximum), length);
      return then === undefined ? sentence : `${sentence} ${then}`;
    },
  };
}
