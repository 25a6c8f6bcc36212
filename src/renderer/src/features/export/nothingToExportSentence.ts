/**
 * What the export dialog says instead of offering a file of no rows, and what to do. A view's search is
 * changed on the view; a case's queries are its pinned ones, which the dialog cannot change, so the way
 * on is to pin another query with “Add to case…”.
 */
export function nothingToExportSentence(queries: number, isCase: boolean): string {
  if (isCase) {
    const matched = queries > 1 ? `the case’s ${queries} pinned queries match` : 'the case’s pinned query matches';
    return `Nothing to export: ${matched} no rows. Pin a query that matches events with “Add to case…” on a view, then export the case again; no empty file is written.`;
  }
  const matched = queries > 1 ? `the ${queries} queries match` : 'the search matches';
  return `Nothing to export: ${matched} no rows. Change the search to export some; no empty file is written.`;
}

/**
 * What the dialog says before the cluster's refusal of a query: a view's search is changed on the view; a
 * case's pinned query is removed from the case and pinned again in a form the console accepts.
 */
export function refusedExportLead(isCase: boolean): string {
  return isCase
    ? 'Nothing can be exported until the refused pinned query is removed from the case and pinned again: '
    : 'Nothing can be exported until the search is changed: ';
}
