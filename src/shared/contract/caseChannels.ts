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
import { channel, Empty, type ContractPart } from './channelDefinition';
import { Done } from './preferenceChannels';

/** Cases: an investigation's pinned queries and starred events, kept on this workstation. */
export const caseContract = {
  'cases/list': channel({ request: Empty, response: CaseList, permission: 'cases:manage', audited: true }),
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
  /** Unpins a query or unstars an event of a case. */
  'cases/removeEvidence': channel({
    request: RemoveEvidenceRequest,
    response: Done,
    permission: 'cases:manage',
    audited: true,
  }),
} satisfies ContractPart;
