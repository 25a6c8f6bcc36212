import { ConsoleError } from '../../shared/contract/errors';
import { CASE_EVIDENCE_LIMITS } from '../../shared/domain/investigationCase';

const EVIDENCE_WORDS = {
  pinned: { items: 'pinned queries', action: 'unpin one to pin another, or start another case' },
  starred: { items: 'starred events', action: 'unstar one to star another, or start another case' },
} as const;

/** The case's items of one kind when it has room for one more; a refusal that says the limit and the way on when full. */
export function roomFor<T>(items: readonly T[], kind: keyof typeof CASE_EVIDENCE_LIMITS): readonly T[] {
  const limit = CASE_EVIDENCE_LIMITS[kind];
  if (items.length < limit) return items;
  const { items: what, action } = EVIDENCE_WORDS[kind];
  throw new ConsoleError(
    'BAD_REQUEST',
    `This case holds ${limit.toLocaleString('en')} ${what}, the most a case can hold; ${action}.`,
  );
}

/** The items but the one with this id; NOT_FOUND when the case has no such item (taken out already). */
export function without<T extends { id: string }>(items: readonly T[], id: string, what: string): T[] {
  const kept = items.filter((item) => item.id !== id);
  if (kept.length === items.length) {
    throw new ConsoleError('NOT_FOUND', `This case has no such ${what}; it may have been taken out already.`);
  }
  return kept;
}
