import { useId, useRef } from 'react';
import { ConnectionReport } from './ConnectionReport';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ConnectionFields } from './ConnectionFields';
import { FieldErrorsSaidAtOnce } from './FormField';
import type { ListedConnection } from './SecretField';
import { KeptNotice } from './KeptNotice';
import { useAnswerFocus } from './useAnswerFocus';
import { useConnectionForm, type ConnectionRemoval, type FormOutcome } from './useConnectionForm';
import type { ConnectRequest, EditRequest } from './connectionFormRequests';
import { useFormRequests, type ConnectionFormStatus } from './useFormRequests';
import './settings.css';

interface ConnectionFormProps {
  /** The id of the heading above the form, which names what it does: connect a cluster, or edit one. */
  headingId: string;
  onSaved: () => void;
  /** The connection last removed from the list: the form's "Saved" status goes if it names that one. */
  removed: ConnectionRemoval | null;
  /**
   * The last Edit pressed on the list: its connection is loaded, and the first field takes the focus; not
   * while a save is under way, nor over changes typed to another connection, which the form says.
   */
  editRequest: EditRequest | null;
  /** The last "Connect a cluster" pressed: the form readies for a new connection, losing nothing typed. */
  connectRequest: ConnectRequest | null;
  /** Told what the form holds, for the list to mark the connection edited and hold its Edit buttons. */
  onStatus: (status: ConnectionFormStatus) => void;
  /** The saved connections as listed, for what the secret field says about the one edited. */
  connections: readonly ListedConnection[];
  /** Cancel edit was pressed: the connection `id` stays as saved, and its Edit button takes the focus. */
  onEditCancelled: (id: string) => void;
}

const TONE_CLASS: Readonly<Record<FormOutcome['tone'], string>> = { ok: 'ok', warning: 'warning', busy: 'muted' };

/**
 * A cluster connection, new or edited: tested on demand, and by main once saved; the secret goes to main
 * and never comes back. Saved but found not working, it stays in the form, to be mended and saved over
 * itself, as a saved connection loaded by Edit does.
 */
export function ConnectionForm(props: ConnectionFormProps) {
  const { headingId, onSaved, removed, editRequest, connectRequest, connections, onEditCancelled, onStatus } = props;
  const form = useConnectionForm(onSaved, removed);
  // Apart from the rest, so a check that one is held still holds inside the callbacks below.
  const { held } = form;
  const formElement = useRef<HTMLFormElement>(null);
  const { keptNote } = useFormRequests({
    form: formElement,
    editRequest,
    connectRequest,
    held,
    pending: form.pending,
    edit: form.edit,
    connectNew: form.connectNew,
    onStatus,
  });
  const { run, onFormFocus, testButton, saveButton, formError, outcomeLine, fieldErrorsSaidAtOnce } = useAnswerFocus({
    form: formElement,
    pending: form.pending,
    test: form.test,
    save: form.save,
  });
  const editing = held ? (connections.find((connection) => connection.id === held.id) ?? null) : null;
  const heldName = held ? showHiddenCharacters(held.name) : '';
  const heldNoteId = useId();
  return (
    <>
      <h2 id={headingId} className="connection-form-title">
        {held ? (
          <>
            Editing “<bdi>{heldName}</bdi>”
          </>
        ) : (
          'Connect a cluster'
        )}
      </h2>
      <form
        ref={formElement}
        className="connection-form"
        aria-label={held ? `Edit connection “${heldName}”` : 'New connection'}
        noValidate
        onFocus={onFormFocus}
        onSubmit={(event) => {
          event.preventDefault();
          run('save');
        }}
      >
        {form.errors.form && (
          <p role="alert" className="error form-error" tabIndex={-1} ref={formError}>
            {form.errors.form}
          </p>
        )}
        {form.kept && <KeptNotice kept={form.kept} heldName={heldName} ref={keptNote} />}
        <FieldErrorsSaidAtOnce value={fieldErrorsSaidAtOnce}>
          <ConnectionFields values={form.values} fields={form.errors.fields} change={form.change} editing={editing} />
        </FieldErrorsSaidAtOnce>
        {held && (
          <p className="muted" id={heldNoteId}>
            The form holds “<bdi>{heldName}</bdi>”, saved above: Save replaces it with what the form holds; Cancel edit
            leaves it as saved.
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            ref={testButton}
            aria-disabled={form.pending !== null || undefined}
            onClick={() => run('test')}
          >
            Test connection
          </button>
          <button
            type="submit"
            ref={saveButton}
            className="primary"
            aria-disabled={form.pending !== null || undefined}
            aria-describedby={held ? heldNoteId : undefined}
          >
            Save
          </button>
          {form.pending === 'test' && (
            <button type="button" onClick={form.cancel}>
              Cancel test
            </button>
          )}
          {held && form.pending === null && (
            <button
              type="button"
              onClick={() => {
                form.startNew();
                onEditCancelled(held.id);
              }}
            >
              Cancel edit
            </button>
          )}
        </div>
        {form.outcome && (
          <p role="status" ref={outcomeLine} className={TONE_CLASS[form.outcome.tone]}>
            {form.outcome.text}
          </p>
        )}
        {form.report && <ConnectionReport report={form.report} />}
      </form>
    </>
  );
}
