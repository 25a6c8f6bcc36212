import { z } from 'zod';
import { LOG_FAMILIES, LogQuery } from '../query/logQuery';
import { RequestLogQuery } from '../query/secretFilterValues';
import { keptSecretProblem } from '../query/searchTextSecret';
import { refuseInNamingText } from './paymentNumberProblem';
import { tooLong } from './tooLong';

const Instant = z.iso.datetime();
const CaseId = z.uuid('That is not a case’s id; open the case from the list of cases.');

/** The longest a case keeps a pinned query's label, a starred event's summary, and the analyst's note. */
export const CASE_TEXT_LIMITS = { label: 200, summary: 1_000, note: 20_000 } as const;

/** What an empty label of a pinned query is refused with, at its field and by main alike. */
export const PIN_LABEL_EMPTY =
  'The label is empty; name what the query shows, e.g. the view or the client it is about.';

/** Why an operator scoped to some clients has no case, said by main on every case channel and by the page alike. */
export const CASES_SCOPED_REFUSAL =
  "This workstation's cases may name any client in their titles, notes, stars and pinned queries, so an operator scoped to some clients does not open them; ask a console admin to widen your scope.";

/** The most pinned queries and starred events one case holds. */
export const CASE_EVIDENCE_LIMITS = { pinned: 50, starred: 20_000 } as const;

/**
 * The grid a query was pinned from, where the case opens it again: the operational logs page, or the
 * client page's tab of the query's family, for the query's one client.
 */
export const PinnedView = z.enum(['logs', 'client']);
export type PinnedView = z.infer<typeof PinnedView>;

/** A query kept as evidence: its time range frozen to absolute UTC when it was pinned. */
export const PinnedQuery = z.object({
  id: z.uuid(),
  /** What the analyst called it, or the view it came from. */
  label: z.string().trim().min(1).max(CASE_TEXT_LIMITS.label),
  query: LogQuery,
  /** Absent when no grid shows the query (a risk view's events) and on queries pinned before it was kept. */
  view: PinnedView.optional(),
  pinnedAt: Instant,
  pinnedBy: z.string().max(200),
});
export type PinnedQuery = z.infer<typeof PinnedQuery>;

/** An event the analyst starred, with their note. */
export const StarredEvent = z.object({
  id: z.uuid(),
  family: z.enum(LOG_FAMILIES),
  recordId: z.string().min(1).max(200),
  /** A line that says what the event is (its time, action and parties), as the grid showed it. */
  summary: z.string().max(CASE_TEXT_LIMITS.summary),
  note: z.string().max(CASE_TEXT_LIMITS.note),
  starredAt: Instant,
  starredBy: z.string().max(200),
  /** When and by whom the note was last edited; absent on a note never edited and on stars kept before. */
  noteEditedAt: Instant.optional(),
  noteEditedBy: z.string().max(200).optional(),
});
export type StarredEvent = z.infer<typeof StarredEvent>;

/**
 * What starring an event did to the case: a new star, the note added to the star the case holds of that
 * event already, or nothing (the event starred already, with no note to add).
 */
export const StarOutcome = z.enum(['added', 'noteAdded', 'unchanged']);
export type StarOutcome = z.infer<typeof StarOutcome>;

const Title = z.string().trim().min(1, 'Give the case a title').max(200, tooLong('The title'));
const Purpose = z
  .string()
  .trim()
  .min(3, 'Say what the case is for (at least a few words)')
  .max(2_000, tooLong('The purpose'));
/** A ticket or case number elsewhere; may be empty. */
const Reference = z.string().trim().max(200, tooLong('The reference'));

/**
 * A case's fields as an operator types them: none may hold a character that hides or reorders text, nor
 * a full card number or IBAN (the title and purpose are on every screen that lists the case).
 */
export const CaseFields = z
  .object({
    title: Title.superRefine(refuseInNamingText('The title')),
    purpose: Purpose.superRefine(refuseInNamingText('The purpose', { lines: true })),
    reference: Reference.superRefine(refuseInNamingText('The reference')).default(''),
  })
  .strict();

/** A case's fields as a case file keeps them: read back as written, whatever an earlier console let through. */
const KeptCaseFields = z.object({ title: Title, purpose: Purpose, reference: Reference.default('') }).strict();

export const InvestigationCase = KeptCaseFields.extend({
  v: z.literal(1),
  id: CaseId,
  createdAt: Instant,
  createdBy: z.string().max(200),
  updatedAt: Instant,
  pinned: z.array(PinnedQuery).max(CASE_EVIDENCE_LIMITS.pinned).default([]),
  starred: z.array(StarredEvent).max(CASE_EVIDENCE_LIMITS.starred).default([]),
});
export type InvestigationCase = z.infer<typeof InvestigationCase>;

export const CaseSummary = InvestigationCase.pick({
  id: true,
  title: true,
  purpose: true,
  reference: true,
  createdAt: true,
  createdBy: true,
  updatedAt: true,
}).extend({ pinnedCount: z.number().int().nonnegative(), starredCount: z.number().int().nonnegative() });
export type CaseSummary = z.infer<typeof CaseSummary>;

/**
 * A case file that could not be read, left alone under `keptAs` (in the cases folder): moved aside under a
 * name of its own, or, where it could not be moved (a read-only disk), under its own name.
 */
export const SetAsideCase = z.object({ keptAs: z.string(), reason: z.string(), movedAside: z.boolean() });

export const CaseList = z.object({ cases: z.array(CaseSummary), setAside: z.array(SetAsideCase) });
export type CaseList = z.infer<typeof CaseList>;

export const CaseRequest = z.object({ caseId: CaseId }).strict();
/** A case's title, purpose and reference as the operator changed them; its evidence stays as it was. */
export const EditCaseRequest = CaseFields.extend({ caseId: CaseId }).strict();
export const PinQueryRequest = z
  .object({
    caseId: CaseId,
    label: z
      .string()
      .trim()
      .min(1, PIN_LABEL_EMPTY)
      .max(CASE_TEXT_LIMITS.label, tooLong('The label'))
      .superRefine(refuseInNamingText('The label')),
    /** Never one whose filter values hold a secret: the case file would keep it, and a view run it. */
    query: RequestLogQuery,
    view: PinnedView.optional(),
  })
  .strict()
  .superRefine(({ view, query }, context) => {
    const problem = pinnedViewProblem(view, query);
    if (problem) context.addIssue({ code: 'custom', path: ['view'], message: problem });
  });

/** Why a query cannot be opened again in the grid it says it was pinned from, or null. */
function pinnedViewProblem(view: PinnedView | undefined, query: LogQuery): string | null {
  if (view === 'logs' && query.family !== 'operational')
    return 'Only an operational query is pinned from the operational logs page.';
  if (view === 'client' && query.filters.clientId?.length !== 1)
    return "A query pinned from a client's page names that one client.";
  return null;
}
/** Takes one pinned query or starred event out of a case; the rest of the case stays as it was. */
export const RemoveEvidenceRequest = z
  .object({
    caseId: CaseId,
    kind: z.enum(['pinned', 'starred']),
    itemId: z.uuid('That is not the id of a pinned query or starred event; reopen the case and try again.'),
  })
  .strict();
/**
 * Refuses an event's id or summary holding a secret (a card number, a JWT): the grid shows every event
 * redacted, so a row never gives one, and a case keeps what it is given and carries it into bundles.
 */
function refuseSecretOfEvent(name: string) {
  return (text: string, context: z.RefinementCtx): void => {
    const advice = 'Star the event from its row in the grid.';
    const problem = keptSecretProblem(text, name, 'the event was not starred', advice);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  };
}

/** A starred event's note as an operator types it: shown on the case's card and carried into bundles, so it may not hold full payment data nor a secret. */
const StarNote = z
  .string()
  .max(CASE_TEXT_LIMITS.note, tooLong('The note'))
  .superRefine(refuseInNamingText('The note', { lines: true }));

export const StarEventRequest = z
  .object({
    caseId: CaseId,
    family: z.enum(LOG_FAMILIES),
    recordId: z
      .string()
      .min(1, 'The event’s id is empty; star the event from its row.')
      .max(200, tooLong('The event’s id'))
      .superRefine(refuseSecretOfEvent('event’s id')),
    summary: z
      .string()
      .max(CASE_TEXT_LIMITS.summary, tooLong('The event’s summary'))
      .superRefine(refuseSecretOfEvent('event’s summary')),
    note: StarNote.default(''),
  })
  .strict();

/** A star's note as the operator corrected it; a blank note clears it. The star keeps when and by whom it was starred. */
export const EditStarNoteRequest = z
  .object({
    caseId: CaseId,
    starId: z.uuid('That is not the id of a starred event; reopen the case and try again.'),
    note: StarNote,
  })
  .strict();

/** What editing a star's note did: the note changed, or it was the note the star holds and nothing was written. */
export const EditStarNoteResult = z.object({
  outcome: z.enum(['edited', 'unchanged']),
  case: InvestigationCase,
});
export type EditStarNoteResult = z.infer<typeof EditStarNoteResult>;

/** The answer to starring an event: what it did, and the case as it is now. */
export const StarEventResult = z.object({ outcome: StarOutcome, case: InvestigationCase });
export type StarEventResult = z.infer<typeof StarEventResult>;
