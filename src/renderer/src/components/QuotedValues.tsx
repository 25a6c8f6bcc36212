import { Fragment, type ReactNode } from 'react';

/** A value quoted in a sentence: `"…"`, the shortest run between two straight quotes. */
const QUOTED = /"([^"]*)"/g;

/**
 * A sentence that quotes what the operator typed (`not "evidence"`), each quoted value isolated in a
 * `<bdi>`: right-to-left text in a value cannot carry the closing quote or the words after it out of
 * place. The text read aloud and copied stays the sentence as written.
 */
export function QuotedValues({ sentence }: { sentence: string }) {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of sentence.matchAll(QUOTED)) {
    parts.push(sentence.slice(from, match.index), '"', <bdi>{match[1]}</bdi>, '"');
    from = match.index + match[0].length;
  }
  parts.push(sentence.slice(from));
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{part}</Fragment>
      ))}
    </>
  );
}
