const count = (value: number) => value.toLocaleString('en-US');

/** A redaction rule and how many values it removed from the rows the preview read. */
export interface SampleRemoval {
  readonly rule: string;
  readonly count: number;
}

/**
 * What redaction removed from the first rows the preview read (`sampleRows` of them), said of the rows
 * there were: nothing is said of a sample when no row matches, and one row is "the one row".
 */
export function redactionSampleSentence(sampleRows: number, removed: readonly SampleRemoval[]): string | null {
  if (sampleRows === 0) return null;
  const rows = sampleRows === 1 ? 'the one row read' : `the first ${count(sampleRows)} rows`;
  const found = removed.filter((each) => each.count > 0);
  if (found.length === 0) return `Nothing needed redacting in ${rows}.`;
  const list = found.map((each) => `${count(each.count)} ${each.rule}`).join(', ');
  return `In ${rows}: ${list} removed.`;
}
