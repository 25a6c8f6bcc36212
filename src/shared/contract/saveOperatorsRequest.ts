import { z } from 'zod';
import { hiddenCharacterProblem } from '../domain/hiddenCharacters';
import { Operator } from '../domain/roles';
import { Settings } from '../domain/settings';
import { tooLong } from '../domain/tooLong';
import { tooMany } from '../domain/tooMany';
import { noConsoleAdminProblem } from '../domain/workstationAdmins';
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

/**
 * What is wrong across the operators: a secret or a hidden character in an id, name or client id, an id left
 * blank or listed twice.
 */
function operatorProblems(operators: readonly Operator[]): Issue[] {
  const problems: Issue[] = [];
  const firstOf = new Map<string, number>();
  const push = (path: Issue['path'], message: string | null) => {
    if (message !== null) problems.push({ path, message });
  };
  operators.forEach(({ id, name, scope }, index) => {
    // A user id or name holding a card number or token is no workstation user's, and would be shown on every
    // screen and written into the journal: the form refuses it before sending, and main again.
    const idSecret = keptSecretProblem(
      id,
      'user id',
      NOT_SAVED,
      'Check the id: it is the workstation user’s login name.',
    );
    push([index, 'id'], idSecret);
    push([index, 'name'], keptSecretProblem(name, 'name', NOT_SAVED, 'Write the operator’s name as people call them.'));
    // Nor a character that hides or reorders text: "ad\u200Bmin" reads as "admin" on every screen and in the
    // journal while it is someone else, and a right-to-left override shows a name backwards.
    push([index, 'id'], hiddenCharacterProblem('The user id', id));
    push([index, 'name'], hiddenCharacterProblem('The name', name));
    if (id.trim() === '') problems.push({ path: [index, 'id'], message: 'Give each operator an id.' });
    else if (name.trim() === '') problems.push({ path: [index, 'name'], message: 'Give each operator a name.' });
    const earlier = firstOf.get(id);
    if (earlier !== undefined && !idSecret && id.trim() !== '') {
      const message = `Operator ${earlier + 1} has this user id already; list each user once, or remove one of them.`;
      problems.push({ path: [index, 'id'], message });
    } else if (earlier === undefined) firstOf.set(id, index);
    scope?.clientIds.forEach((clientId, at) => {
      const advice = 'Check the id, or take it out of the scope.';
      const path = [index, 'scope', 'clientIds', at];
      push(path, keptSecretProblem(clientId, 'client id', NOT_SAVED, advice));
      push(path, hiddenCharacterProblem('A client id', clientId));
    });
  });
  return problems;
}

/**
 * The workstation's operators as the admin saves them: each user listed once, by an id and a name that
 * hold no secret (a card number, a JWT, `api_key=…`) and no character that hides or reorders text, nor
 * does a client id of a scope; and at least one console admin, listed or as the role of users not listed.
 * Settings saved before are still read, as they are.
 */
export const SaveOperatorsRequest = Settings.pick({ defaultRole: true })
  .extend({
    operators: z.array(SavedOperator).max(MAX_OPERATORS, tooMany('The list', 'operators', { verb: 'holds' })),
    /**
     * The admin read main's warning that these operators take Settings away from them, and saves anyway. A
     * list that leaves no console admin at all is refused whatever this says.
     */
    acknowledgeWarnings: z.boolean().default(false),
  })
  .strict()
  .superRefine(({ operators, defaultRole }, context) => {
    for (const { path, message } of operatorProblems(operators)) {
      context.addIssue({ code: 'custom', path: ['operators', ...path], message });
    }
    const noAdmin = noConsoleAdminProblem({ operators, defaultRole });
    if (noAdmin !== null) context.addIssue({ code: 'custom', path: ['operators'], message: noAdmin });
  });
export type SaveOperatorsRequest = z.infer<typeof SaveOperatorsRequest>;
