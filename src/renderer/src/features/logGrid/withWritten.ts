/**
 * `withWritten(next, written, names)`: a grid's new route parameters with each of `names` as the address
 * wrote it (`written`), every value in the address's order, in place of what `next` gives it. A change
 * the operator makes while the address holds what the page cannot use (a new page size) keeps that as
 * written, so the page goes on saying what is wrong and showing nothing, rather than dropping it and
 * quietly showing a query the link did not ask for.
 */
export function withWritten(
  next: URLSearchParams,
  written: URLSearchParams,
  names: readonly string[],
): URLSearchParams {
  const kept = new URLSearchParams([...next].filter(([name]) => !names.includes(name)));
  for (const [name, value] of written) if (names.includes(name)) kept.append(name, value);
  return kept;
}
