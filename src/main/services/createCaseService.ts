import { ConsoleError } from '../../shared/contract/errors';
import { CASES_SCOPED_REFUSAL } from '../../shared/domain/investigationCase';
import { characterCount } from '../../shared/domain/tooLong';
import type { CaseStore } from '../cases/CaseStore';
import type { HandlerContext, Handlers } from '../router/createRouter';

type CaseHandlers = Pick<
  Handlers,
  | 'cases/list'
  | 'cases/get'
  | 'cases/create'
  | 'cases/edit'
  | 'cases/delete'
  | 'cases/pin'
  | 'cases/star'
  | 'cases/keptStar'
  | 'cases/editStarNote'
  | 'cases/removeEvidence'
>;

/**
 * Cases are shared by every operator of the workstation and written about any client: an operator scoped
 * to some clients reads none of them, nor writes into them, as a bundle's case is withheld from them.
 */
function forEveryClient(handlers: CaseHandlers): CaseHandlers {
  const guarded = Object.entries(handlers).map(([channel, handler]) => [
    channel,
    (request: unknown, context: HandlerContext) => {
      if (context.operator.scope) return Promise.reject(new ConsoleError('FORBIDDEN', CASES_SCOPED_REFUSAL));
      return (handler as (request: unknown, context: HandlerContext) => Promise<unknown>)(request, context);
    },
  ]);
  // Each guarded handler takes and answers what its channel's does.
  return Object.fromEntries(guarded) as CaseHandlers;
}

/** Investigation cases of the workstation: each change journaled by the router with who made it. */
export function createCaseService(store: CaseStore): CaseHandlers {
  return forEveryClient({
    'cases/list': () => store.list(),
    'cases/get': ({ caseId }) => store.get(caseId),
    'cases/create': (fields, { operator }) => store.create(fields, operator.name),
    'cases/edit': ({ caseId, ...fields }) => store.edit(caseId, fields),
    'cases/delete': async ({ caseId }) => {
      await store.delete(caseId);
      return { done: true };
    },
    'cases/pin': ({ caseId, label, query, view }, { operator }) => store.pin(caseId, label, query, view, operator.name),
    'cases/star': ({ caseId, ...event }, { operator }) => store.star(caseId, event, operator.name),
    'cases/keptStar': async ({ caseId, family, recordId }) => {
      const kept = (await store.get(caseId)).starred.find(
        (each) => each.family === family && each.recordId === recordId,
      );
      return { starred: kept !== undefined, noteCharacters: kept ? characterCount(kept.note) : 0 };
    },
    'cases/editStarNote': ({ caseId, starId, note }, { operator }) =>
      store.editStarNote(caseId, starId, note, operator.name),
    'cases/removeEvidence': async ({ caseId, kind, itemId }) => {
      await (kind === 'pinned' ? store.unpin(caseId, itemId) : store.unstar(caseId, itemId));
      return { done: true };
    },
  });
}
