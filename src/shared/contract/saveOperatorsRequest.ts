import { z } from 'zod';
import { Operator } from '../domain/roles';
import { Settings } from '../domain/settings';
import { tooLong } from '../domain/tooLong';
import { tooMany } from '../domain/tooMany';
import { keptSecretProblem } from '../query/searchTextSecret';

/** How many operators a workstation lists, and how many clients one operator's scope names. */
export const MAX_OPERATORS = 500;
export const MAX_SCOPE_CLIENTS = 1000;

const NOT_SAVED = 'the operators were not saved';

/** One operator as the admin saves them: an id and name of sensible length, a scope of a bounded list. */
const SavedOperator = Operator.extend({
  id: Operator.shape.id.max(256, tooLong('The user id')),
  name: Operator.shape.name.max(200, tooLong('The name')),
  scope: z
    .object({
      clientIds: z
        .array(
          z
            .string()
            .min(1, 'A client id in the scope is empty; type it or take it out.')
            .max(256, tooLong('A client id')),
        )
        .min(1, 'List the clients this operator may read, one id a line, or choose every client.')
        .max(MAX_SCOPE_CLIENTS, tooMany('A scope', 'client ids', { verb: 'lists' })),
    })
    .strict()
    .nullable(),
}).strict();

type Issue = { path: (string | number)[]; message: string };

/** What is wrong across the operators: a secret in an id, name or client id, an id left blank or listed twice. */
function operatorProblems(operators: readonly Operator[]): Issue[] {
  const problems: Issue[] = [];
  const firstOf = new Map<string, number>();
  operators.forEach(({ id, name, scope }, index) => {
    // A user id or name holding a card number or token is no workstation user's, and would be shown on every
    // screen and written into the journal: the form refuses it before sending, and main again.
    const idSecret = keptSecretProblem(
      id,
      'user id',
      NOT_SAVED,
      'Check the id: it is the workstation user’s login name.',
    );
    if (idSecret) problems.push({ path: [index, 'id'], message: idSecret });
    const nameSecret = keptSecretProblem(name, 'name', NOT_SAVED, 'Write the operator’s name as people call them.');
    if (nameSecret) problems.push({ path: [index, 'name'], message: nameSecret });
    if (id.trim() === '') problems.push({ path: [index, 'id'], message: 'Give each operator an id.' });
    else if (name.trim() === '') problems.push({ path: [index, 'name'], message: 'Give each operator a name.' });
    const earlier = firstOf.get(id);
    if (earlier !== undefined && !idSecret && id.trim() !== '') {
      const message = `Operator ${earlier + 1} has this user id already; list each user once, or remove one of them.`;
      problems.push({ path: [index, 'id'], message });
    } else if (earlier === undefined) firstOf.set(id, index);
    scope?.clientIds.forEach((clientId, at) => {
      const advice = 'Check the id, or take it out of the scope.';
      const message = keptSecretProblem(clientId, 'client id', NOT_SAVED, advice);
      if (message) problems.push({ path: [index, 'scope', 'clientIds', at], message });
    });
  });
  return problems;
}

/**
 * The workstation's operators as the admin saves them: each user listed once, by an id and a name that
 * hold no secret (a card number, a JWT, `api_key=…`), nor does a client id of a scope. Settings saved
 * before are still read, as they are.
 */
export const SaveOperatorsRequest = Settings.pick({ defaultRole: true })
  .extend({
    operators: z.array(SavedOperator).max(MAX_OPERATORS, tooMany('The list', 'operators', { verb: 'holds' })),
  })
  .strict()
  .superRefine(({ operators }, context) => {
    for (const { path, message } of operatorProblems(operators)) {
      context.addIssue({ code: 'custom', path: ['operators', ...path], message });
    }
  });
export type SaveOperatorsRequest = z.infer<typeof SaveOperatorsRequest>;
