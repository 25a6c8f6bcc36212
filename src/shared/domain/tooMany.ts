/**
 * A schema's refusal of a list past its `max`, in the shape `tooLong` gives a text past its own: the list,
 * what to do, the limit and how many the list had, so the operator knows how many to take out.
 * `z.array(Line).max(200, tooMany('The role mapping', 'lines'))` says "The role mapping has too many lines:
 * keep at most 200; this one has 250."; a `verb` says both halves where "has" does not read ("A dry run
 * names too many cluster roles: keep at most 100; this one names 120.").
 */
export function tooMany(subject: string, unit: string, { verb }: { verb?: string } = {}) {
  const had = verb ?? 'has';
  return {
    error: (issue: { input?: unknown; maximum?: unknown }): string => {
      const count = Array.isArray(issue.input) ? issue.input.length : 0;
      const max = Number(issue.maximum);
      return `${subject} ${had} too many ${unit}: keep at most ${max.toLocaleString('en')}; this one ${had} ${count.toLocaleString('en')}.`;
    },
  };
}
