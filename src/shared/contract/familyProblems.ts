import type { ConnectionTestReport } from './settingsChannels';

/** The text as a sentence: ends with a full stop unless it ends a sentence already. */
export const asSentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * What keeps a family's indices from being read as they are, a sentence each: none matched, no read
 * privilege, a required field missing. A cluster that answers can still show nothing for these.
 */
export function familyProblems(report: ConnectionTestReport): string[] {
  return report.families.flatMap((family) => {
    if (family.problem !== null) return [asSentence(family.problem)];
    if (family.canRead === false) return [`The user may not read ${family.pattern}.`];
    const missing = family.missingFields.filter((field) => field.required).map((field) => field.clusterField);
    return missing.length > 0 ? [`${family.pattern} lacks the required ${missing.join(', ')}.`] : [];
  });
}
