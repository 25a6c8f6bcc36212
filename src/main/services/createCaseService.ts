import { characterCount } from '../../shared/domain/tooLong';
import type { CaseStore } from '../cases/CaseStore';
import type { Handlers } from '../router/createRouter';

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

/** Investigation cases of the workstation: each change journaled by the router with who made it. */
export function createCaseService(store: CaseStore): CaseHandlers {
  return {
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
  };
}
