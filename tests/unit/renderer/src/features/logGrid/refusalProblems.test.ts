import { describe, expect, it } from 'vitest';
import { refusalProblems } from '../../../../../../src/renderer/src/features/logGrid/queryProblems';
import { SCHEMA_REFUSAL_PREFIX, type Failure } from '../../../../../../src/shared/contract/errors';
import { SearchRequest } from '../../../../../../src/shared/contract/logChannels';
import { secretFieldPathSentence } from '../../../../../../src/shared/query/pathValueSecret';

/** Main's answer to an activity search its request's shape refuses, as the router words it. */
function refusalOf(query: object): Failure {
  const issue = SearchRequest.activity.safeParse({ family: 'activity', ...query }).error?.issues[0];
  if (!issue) throw new Error('the search was not refused');
  const field = issue.path.join('.');
  return { ok: false, code: 'BAD_REQUEST', field, message: `${SCHEMA_REFUSAL_PREFIX}${field}: ${issue.message}` };
}

describe("a refused query's problems, by the filter that can fix them", () => {
  it('say a secret field’s path=value filter in the console’s own sentence, at that filter', () => {
    const problems = refusalProblems(refusalOf({ filters: { changedFrom: ['password.old=x'] } }));
    expect(problems).toEqual({ changedFrom: secretFieldPathSentence('password.old') });
    expect(Object.values(problems).join(' ')).not.toContain('Invalid request');
  });

  it('say an excluded value holding a card number without the request check’s words', () => {
    const problems = refusalProblems(refusalOf({ exclude: { changedTo: ['note=4111 1111 1111 1111'] } }));
    expect(problems).toEqual({
      changedTo:
        'The value looks like a card number; secrets are never searched, so it was not used. Choose the value in the filter panel instead.',
    });
  });
});
