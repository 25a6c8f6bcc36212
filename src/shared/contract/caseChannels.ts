import {
  CaseFields,
  CaseList,
  CaseRequest,
  EditCaseRequest,
  EditStarNoteRequest,
  EditStarNoteResult,
  InvestigationCase,
  PinQueryRequest,
  RemoveEvidenceRequest,
  StarEventRequest,
  StarEventResult,
} from '../domain/investigationCase';
import { z } from 'zod';
import { channel, Empty, type ContractPart } from './channelDefinition';
import { Done } from './preferenceChannels';

/** An event the star form is open on, and the case chosen in it. */
export const KeptStarRequest = StarEventRequest.pick({ caseId: true, family: true, recordId: true }).strict();

/**
 * Whether the case stars the event already, and how long its note is: all the star form needs to say
 * before saving that the note will be added, and whether it fits. Never the note itself, nor anything
 * else of the case.
 */
export const KeptStar = z.object({ starred: z.boolean(), noteCharacters: z.number().int().nonnegative() });
export type KeptStar = z.infer<typeof KeptStar>;

/** Cases: an investigation's pinned queries and starred events, kept on this workstation. */
export const caseContract = {
  /**
   * The cases to choose from: their titles, purposes and counts, never their evidence. Not journaled, as
   * saved views are not: it fills the Investigations page and the star and pin forms' choice of a case.
   */
  'cases/list': channel({ request: Empty, response: CaseList, permission: 'cases:manage', audited: false }),
  /** A case with its evidence, as the operator opens it: each read journaled. */
  'cases/get': channel({
    request: CaseRequest,
    response: InvestigationCase,
    permission: 'cases:manage',
    audited: true,
  }),
  'cases/create': channel({
    request: CaseFields,
    response: InvestigationCase,
    permission: 'cases:manage',
    audited: true,
  }),
  /** Changes a case's title, purpose and reference, checked as when it was created. */
  'cases/edit': channel({
    request: EditCaseRequest,
    response: InvestigationCase,
    permission: 'cases:manage',
    audited: true,
  }),
  'cases/delete': channel({ request: CaseRequest, response: Done, permission: 'cases:manage', audited: true }),
  /** Pins a view's query to a case, its time range frozen to absolute UTC. */
  'cases/pin': channel({
    request: PinQueryRequest,
    response: InvestigationCase,
    permission: 'cases:manage',
    audited: true,
  }),
  /** Stars an event in a case; an event the case holds already keeps its one star, the new note added to its note. */
  'cases/star': channel({
    request: StarEventRequest,
    response: StarEventResult,
    permission: 'cases:manage',
    audited: true,
  }),
  /**
   * Replaces a starred event's note (a blank one clears it), recording when and by whom; the star keeps when
   * and by whom it was starred. A note the star holds already writes nothing.
   */
  'cases/editStarNote': channel({
    request: EditStarNoteRequest,
    response: EditStarNoteResult,
    permission: 'cases:manage',
    audited: true,
  }),
  /** Whether a case stars an event already, for the star form; not journaled, as it says nothing of the logs. */
  'cases/keptStar': channel({
    request: KeptStarRequest,
    response: KeptStar,
    permission: 'cases:manage',
    audited: false,
  }),
  /** Unpins a query or unstars an event of a case. */
  'cases/removeEvidence': channel({
    request: RemoveEvidenceRequest,
    response: Done,
    permission: 'cases:manage',
    audited: true,
  }),
} satisfies ContractPart;
