import type { z } from 'zod';
import { LOG_FIELDS } from './fieldRoles';
import { LogQuery } from './logQuery';
import { pathValueSecretProblem } from './pathValueSecret';
import { filterValueSecretProblem } from './searchTextSecret';

/**
 * Refuses, as part of a request's shape, a query with a filter or excluded value that holds a secret (a
 * card number, a JWT): its match count would tell whether the secret is in the logs. The same rule and
 * sentence as the address's filters (`filterValueSecretProblem`), so nothing is read for it. A path=value
 * filter (changed from, changed to) is refused here too, before any engine compiles it: by its own rule
 * when its path names a secret field, in this same sentence when its path or value holds a secret
 * (`pathValueSecretProblem`), placed at the filter as the engines' own check places it.
 */
export function refuseSecretFilterValues(query: LogQuery, context: z.RefinementCtx): void {
  const fields = LOG_FIELDS[query.family].filters;
  for (const part of ['filters', 'exclude'] as const) {
    const chosen: Readonly<Record<string, readonly string[] | undefined>> = query[part] ?? {};
    for (const [key, values] of Object.entries(chosen)) {
      if (fields.get(key)?.field.filter?.pathValue) {
        const problem = (values ?? []).map(pathValueSecretProblem).find((found) => found !== null);
        if (problem) context.addIssue({ code: 'custom', message: problem, path: [part, key] });
        continue;
      }
      (values ?? []).forEach((value, index) => {
        const problem = filterValueSecretProblem(value);
        if (problem) context.addIssue({ code: 'custom', message: problem, path: [part, key, index] });
      });
    }
  }
}

/**
 * A query as a request that runs, exports or keeps it gives it (an export, a bundle, a case's pinned
 * query, a saved view): one whose filter values hold a secret is refused before anything is read or kept.
 */
export const RequestLogQuery = LogQuery.superRefine(refuseSecretFilterValues);
