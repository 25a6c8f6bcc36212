import { caseTitleTaken } from '../../../../shared/domain/caseTitleTaken';
import { CaseFields, type CaseSummary } from '../../../../shared/domain/investigationCase';

export type CaseField = 'title' | 'purpose' | 'reference';
export const CASE_FIELDS: readonly CaseField[] = ['title', 'purpose', 'reference'];
export type CaseFieldValues = Record<CaseField, string>;

/**
 * What is wrong with each field of a case, as a sentence, checked against the very schema main applies,
 * then the title against the other cases (not `ownId`, the case being edited) as main checks it. A text
 * over its limit is kept as typed, never cut, and the schema's sentence says how long it is.
 */
export function caseFieldProblems(
  values: CaseFieldValues,
  cases: readonly Pick<CaseSummary, 'id' | 'title' | 'reference'>[],
  ownId?: string,
): Partial<Record<CaseField, string>> {
  const problems: Partial<Record<CaseField, string>> = {};
  const parsed = CaseFields.safeParse(values);
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as CaseField;
    if (!CASE_FIELDS.includes(field) || problems[field]) continue;
    // Some messages are whole sentences already (a length's, a hidden character's); the rest are made one.
    problems[field] = issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
  }
  const taken = problems.title ? null : caseTitleTaken(values.title, cases, ownId);
  return taken ? { ...problems, title: taken } : problems;
}
