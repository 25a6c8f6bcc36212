/**
 * A schema's refusal of a list past its `max`, in the shape `tooLong` gives a text past its own: the list,
 * the limit and how many the list had, so the operator knows how many to take out.
 * `z.array(Line).max(200, tooMany('The role mapping', 'lines'))` says "The role mapping is at most 200 lines;
 * this one has 250."; a `verb` says both halves where "is … has" does not read ("A dry run names at most
 * 100 cluster roles; this one names 120.").
 */
export function tooMany(subject: string, unit: string, { verb }: { verb?: string } = {}) {
  const [limit, had] = verb === undefined ? ['is', 'has'] : [verb, verb];
  return {
    error: (issue: { input?: unknown; maximum?: unknown }): string => {
      const count = Array.isArray(issue.input) ? issue.input.length : 0;
      const max = Number(issue.maximum);
      return `${subject} ${limit} at most ${max.toLocaleString('en')} ${unit}; this one ${had} ${count.toLocaleString('en')}.`;
    },
  };
}
