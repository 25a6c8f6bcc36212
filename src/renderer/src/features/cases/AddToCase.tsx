import { useId, useRef, useState } from 'react';
import { RefusedAction } from '../../components/RefusedAction';
import { refusalSentenceOf } from '../../../../shared/contract/errors';
import {
  CASE_TEXT_LIMITS,
  type CaseList,
  type PinnedView,
  type StarOutcome,
} from '../../../../shared/domain/investigationCase';
import { joinedNoteLengthProblem } from '../../../../shared/domain/joinStarNote';
import type { LogFamily, LogQuery } from '../../../../shared/query/logQuery';
import { canonicalQuery } from '../../../../shared/query/canonicalQuery';
import { useApi } from '../../api/ApiContext';
import { clipToCaseLimit } from '../../format/clipToCaseLimit';
import { useRequest } from '../../hooks/useRequest';
import { readOnlyReason } from '../access/operator';
import { useOperator } from '../access/OperatorContext';
import { fullStopAfter } from '../../../../shared/domain/shownInSentence';
import { useOpenedBy } from '../../hooks/useOpenedBy';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { caseChoiceLabels } from './caseChoiceLabels';
import { caseTitleShown } from './caseTitleShown';
import { pinLabelProblem } from './pinLabelProblem';
import { starNoteProblem } from './starNoteProblem';
import { useKeptStar } from './useKeptStar';
import { AddButton } from './AddButton';

const NO_CASES: CaseList = { cases: [], setAside: [] };

const { label: LABEL_MAX, summary: SUMMARY_MAX } = CASE_TEXT_LIMITS;

export type CaseEvidence =
  /** A view's query; `view` is the grid it is shown in, where the case opens it again. */
  | { kind: 'query'; label: string; query: LogQuery; view?: PinnedView }
  | { kind: 'event'; family: LogFamily; recordId: string; summary: string };

interface AddToCaseProps {
  evidence: CaseEvidence;
  refused?: string | null;
  /** Which row's event or query it adds, said after its label, where the label alone would not tell one row's button from another's. */
  what?: string;
}

/**
 * "Add to case": one action from a view (pins its query, the time frozen to absolute UTC) or from a
 * row (stars the event, with a note). Opens a small form to choose the case. Shown only to roles that
 * manage cases; disabled, with the reason as its description, when `refused` gives one (a view whose
 * query is not the one its link asked for) or while a reopened bundle is the source.
 */
export function AddToCase({ evidence, refused, what }: AddToCaseProps) {
  const operator = useOperator();
  if (!operator.permissions.includes('cases:manage')) return null;
  const reason =
    refused ??
    readOnlyReason(operator, evidence.kind === 'query' ? 'pin its queries to a case' : 'star its events in a case');
  // The name starts with the words shown, which a speech user says to press it.
  const name = what === undefined ? undefined : `${buttonLabel(evidence)} ${what}`;
  if (reason) return <RefusedAction label={buttonLabel(evidence)} name={name} reason={reason} />;
  // A form is for the query or event it opened on: a note or label typed for one never goes to the next.
  return <AddToCaseForm key={evidenceKey(evidence)} evidence={evidence} name={name} />;
}

/** What the evidence is, whatever its page size or cursor: the query's rows, or the event. */
const evidenceKey = (evidence: CaseEvidence) =>
  evidence.kind === 'query'
    ? `query ${evidence.view ?? ''} ${canonicalQuery(evidence.query, null)}`
    : `event ${evidence.family} ${evidence.recordId}`;

const buttonLabel = (evidence: CaseEvidence) => (evidence.kind === 'query' ? 'Add to case…' : 'Star in case…');

/** Said before starring an event the chosen case holds already. */
const STARRED_ALREADY = 'Starred in this case already: your note will be added to its note.';

/** What the form says once main has pinned or starred, naming the case by its (cut) title. */
function addedSentence(title: string, outcome: StarOutcome): string {
  const named = `“${caseTitleShown(title)}”`;
  if (outcome === 'noteAdded') return `Note added to the star in ${named}${fullStopAfter(named)}`;
  if (outcome === 'unchanged') return `Starred in ${named} already; with no note to add, nothing changed.`;
  return `Added to ${named}${fullStopAfter(named)}`;
}

function AddToCaseForm({ evidence, name }: { evidence: CaseEvidence; name: string | undefined }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const { opener, onKeyDown: onFormKey } = useOpenedBy(open, () => setOpen(false));
  // Asked for only when the form opens.
  const cases = useRequest(
    () => (open ? api.listCases({}) : Promise.resolve({ ok: true as const, data: NO_CASES })),
    [api, open],
  );
  const [caseId, setCaseId] = useState('');
  const [note, setNote] = useState('');
  // The label follows the view it is built from until the operator types one of their own.
  const [typedLabel, setTypedLabel] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const list = cases.data?.cases ?? [];
  const { zone } = useTimeZone();
  const labels = caseChoiceLabels(list, zone);
  const chosen = caseId || list[0]?.id || '';
  const noun = evidence.kind === 'query' ? 'query' : 'event';
  const keptStar = useKeptStar(evidence.kind === 'event' ? evidence : null, chosen, open);
  const keptStarId = useId();
  // The note is kept as typed past its limit and said beside it; it is never cut. A hidden character, a
  // full card number or IBAN, or a secret is said there too, in the words main would refuse it with,
  // before anything is sent: the note is shown on the case and carried into bundles.
  const noteProblem =
    starNoteProblem(note) ?? (keptStar ? joinedNoteLengthProblem(keptStar.noteCharacters, note) : null);
  const noteErrorId = useId();
  // A label built from a producer's text (a client's id) names what would hide or reorder it: a case keeps
  // only labels that read as they are written. Whatever the label holds is said at its field, as main would.
  const builtLabel = evidence.kind === 'query' ? clipToCaseLimit(evidence.label, LABEL_MAX, { named: true }) : '';
  const label = typedLabel ?? builtLabel;
  const labelProblem = evidence.kind === 'query' ? pinLabelProblem(label) : null;
  const labelErrorId = useId();
  const noCaseId = useId();
  const labelField = useRef<HTMLInputElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);

  const add = async () => {
    const result =
      evidence.kind === 'query'
        ? await api.pinQuery({
            caseId: chosen,
            label,
            query: { ...evidence.query, cursor: undefined },
            ...(evidence.view ? { view: evidence.view } : {}),
          })
        : await api.starEvent({
            caseId: chosen,
            family: evidence.family,
            recordId: evidence.recordId,
            summary: clipToCaseLimit(evidence.summary, SUMMARY_MAX),
            note,
          });
    setMessage(
      // A title may be 200 characters: cut in the confirmation, which sits in a toolbar.
      result.ok
        ? 'outcome' in result.data
          ? { text: addedSentence(result.data.case.title, result.data.outcome), failed: false }
          : { text: addedSentence(result.data.title, 'added'), failed: false }
        : { text: refusalSentenceOf(result), failed: true },
    );
    if (result.ok) {
      setOpen(false);
      setNote('');
      setTypedLabel(null);
    }
  };

  return (
    // While open, the keys pressed on it are its own: a page's shortcut keys (History's arrow keys stepping to
    // another edit) leave them alone, so what is typed here stays with the event or query it was opened on.
    <div className="add-to-case" data-holds-keys={open || undefined}>
      <button
        type="button"
        ref={opener}
        aria-label={name}
        aria-expanded={open}
        onClick={() => {
          // Opened again, the form starts from the label of the view as it is now.
          if (!open) setTypedLabel(null);
          setOpen(!open);
        }}
        // The focus stays here as the form opens: Escape closes the form, not the panel around it.
        onKeyDown={open ? onFormKey : undefined}
      >
        {buttonLabel(evidence)}
      </button>
      {open && (
        <div role="group" aria-label={`Add this ${noun} to a case`} className="add-to-case-form" onKeyDown={onFormKey}>
          {cases.error && (
            <p role="alert" className="error">
              {cases.error.message}
            </p>
          )}
          {/* Until the cases are read, the form says so rather than that there are none. */}
          {cases.loading && (
            <p role="status" className="muted">
              Reading the cases…
            </p>
          )}
          {!cases.loading && cases.data && list.length === 0 && (
            <>
              <p id={noCaseId} className="muted">
                No case yet. Create a case on the <a href="#/investigations">Investigations page</a> first.
              </p>
              <AddButton evidence={evidence} heldBy={noCaseId} onAdd={() => undefined} />
            </>
          )}
          {list.length > 0 && (
            <>
              <select aria-label="Case" value={chosen} onChange={(event) => setCaseId(event.target.value)}>
                {list.map((each) => (
                  <option key={each.id} value={each.id}>
                    {labels.get(each.id)}
                  </option>
                ))}
              </select>
              {evidence.kind === 'query' && (
                <>
                  <label className="add-to-case-label">
                    Label{' '}
                    <input
                      ref={labelField}
                      value={label}
                      aria-invalid={labelProblem !== null}
                      aria-describedby={labelProblem ? labelErrorId : undefined}
                      onChange={(event) => setTypedLabel(event.target.value)}
                      onKeyDown={(event) => {
                        // Enter pins, as the Pin query button does, unless the label is refused.
                        if (event.key !== 'Enter' || labelProblem !== null) return;
                        event.preventDefault();
                        void add();
                      }}
                    />
                  </label>
                  {labelProblem && (
                    <span id={labelErrorId} role="alert" className="error">
                      {labelProblem}
                    </span>
                  )}
                </>
              )}
              {evidence.kind === 'event' && (
                <>
                  {keptStar && (
                    <p id={keptStarId} className="muted">
                      {STARRED_ALREADY}
                    </p>
                  )}
                  <textarea
                    ref={noteField}
                    aria-label="Note"
                    value={note}
                    aria-invalid={noteProblem !== null}
                    aria-describedby={noteProblem ? noteErrorId : undefined}
                    onChange={(event) => setNote(event.target.value)}
                  />
                  {noteProblem && (
                    <span id={noteErrorId} role="alert" className="error">
                      {noteProblem}
                    </span>
                  )}
                </>
              )}
              <AddButton
                evidence={evidence}
                heldBy={noteProblem ? noteErrorId : labelProblem ? labelErrorId : null}
                describedBy={keptStar ? keptStarId : undefined}
                onAdd={() => void add()}
                onHeld={() => (noteProblem ? noteField : labelField).current?.focus()}
              />
            </>
          )}
        </div>
      )}
      {message && (
        <span role={message.failed ? 'alert' : 'status'} className={message.failed ? 'error' : 'muted'}>
          {message.text}
        </span>
      )}
    </div>
  );
}
