import { Fragment, type ReactNode } from 'react';

/**
 * A sentence that quotes what the operator typed (`not "evidence"`), each quoted value isolated in a
 * `<bdi>`: right-to-left text in a value cannot carry the closing quote or the words after it out of
 * place. `values` are the texts the sentence may quote, as it writes them: a value is found by what it is,
 * not by where the next quote stands, so one holding `"` itself is isolated whole. The text read aloud and
 * copied stays the sentence as written.
 */
export function QuotedValues({
  sentence,
  values,
  marks = ['"', '"'],
}: {
  sentence: string;
  values: readonly string[];
  /** The quotes that open and close a value in the sentence: straight by default, or “ and ”. */
  marks?: readonly [string, string];
}) {
  const [open, close] = marks;
  // At each quote, the longest value closed by a quote of its own is the one quoted there.
  const longestFirst = [...new Set(values)].filter((value) => value !== '').sort((a, b) => b.length - a.length);
  const parts: ReactNode[] = [];
  let from = 0;
  let at = sentence.indexOf(open);
  while (at !== -1) {
    const value = longestFirst.find((each) => sentence.startsWith(`${each}${close}`, at + open.length));
    if (value === undefined) {
      at = sentence.indexOf(open, at + open.length);
      continue;
    }
    parts.push(sentence.slice(from, at), open, <bdi>{value}</bdi>, close);
    from = at + open.length + value.length + close.length;
    at = sentence.indexOf(open, from);
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
