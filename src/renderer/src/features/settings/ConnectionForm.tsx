import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { ConnectionReport } from './ConnectionReport';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { FormField } from './FormField';
import { SecretField, type ListedConnection } from './SecretField';
import { TrustFields } from './TrustFields';
import { IndexPatternFields } from './IndexPatternFields';
import { KeptNotice } from './KeptNotice';
import type { AuthKind } from './connectionValues';
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
  const {
    values,
    change,
    errors,
    outcome,
    report,
    pending,
    held,
    kept,
    test,
    save,
    cancel,
    edit,
    startNew,
    connectNew,
  } = useConnectionForm(onSaved, removed);
  const { fields } = errors;
  const form = useRef<HTMLFormElement>(null);
  const requests = { form, editRequest, connectRequest, held, pending, edit, connectNew, onStatus };
  const { keptNote } = useFormRequests(requests);
  const editing = held ? (connections.find((connection) => connection.id === held.id) ?? null) : null;
  const heldName = held ? showHiddenCharacters(held.name) : '';
  const testButton = useRef<HTMLButtonElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const formError = useRef<HTMLParagraphElement>(null);
  const outcomeLine = useRef<HTMLParagraphElement>(null);
  const heldNoteId = useId();
  /**
   * What the press found is said just below the buttons, and kept in view with the button that has the
   * focus while the list above grows (a saved connection is listed once Settings are read again), until
   * the focus moves on.
   */
  const outcomeInView = useRef(false);
  /**
   * Set once a Test or Save is answered (a cancelled Test's Cancel button goes with it): the
   * first field found at fault takes the focus, to be mended; else the form's own message (a cluster not
   * reached), which sits above the fields, out of sight of the buttons in a short window; else the button
   * pressed takes it back. What is at fault is centred, so the sentence saying why shows with it.
   */
  const [answered, setAnswered] = useState<{ action: 'test' | 'save'; count: number } | null>(null);
  useEffect(() => {
    if (!answered) return;
    const atFault = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? formError.current;
    if (atFault) {
      atFault.scrollIntoView({ block: 'center' });
      atFault.focus({ preventScroll: true });
    } else {
      (answered.action === 'test' ? testButton : saveButton).current?.focus();
      outcomeInView.current = true;
      outcomeLine.current?.scrollIntoView({ block: 'nearest' });
    }
  }, [answered]);
  useLayoutEffect(() => {
    if (outcomeInView.current) outcomeLine.current?.scrollIntoView({ block: 'nearest' });
  });
  // While one runs, both buttons keep the focus (`aria-disabled`) and a press does nothing.
  const run = (action: 'test' | 'save') => {
    if (pending !== null) return;
    outcomeInView.current = false;
    void (action === 'test' ? test() : save()).then((said) => {
      if (said) setAnswered((last) => ({ action, count: (last?.count ?? 0) + 1 }));
    });
  };
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
        ref={form}
        className="connection-form"
        aria-label={held ? `Edit connection “${heldName}”` : 'New connection'}
        noValidate
        onFocus={() => {
          outcomeInView.current = false;
        }}
        onSubmit={(event) => {
          event.preventDefault();
          run('save');
        }}
      >
        {errors.form && (
          <p role="alert" className="error form-error" tabIndex={-1} ref={formError}>
            {errors.form}
          </p>
        )}
        {kept && <KeptNotice kept={kept} heldName={heldName} ref={keptNote} />}
        <FormField label="Name" error={fields['connection.name']}>
          {(control) => (
            <input {...control} value={values.name} onChange={(event) => change('name', event.target.value)} />
          )}
        </FormField>
        <FormField label="URL" error={fields['connection.url']}>
          {(control) => (
            <input {...control} value={values.url} onChange={(event) => change('url', event.target.value)} />
          )}
        </FormField>
        <FormField label="Other nodes, one address a line, tried in order" error={fields['connection.failoverUrls']}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={values.failoverUrls}
              onChange={(event) => change('failoverUrls', event.target.value)}
            />
          )}
        </FormField>
        <TrustFields values={values} fields={fields} change={change} />
        <FormField label="Authentication" error={undefined}>
          {(control) => (
            <select
              {...control}
              value={values.authKind}
              onChange={(event) => change('authKind', event.target.value as AuthKind)}
            >
              <option value="basic">User and password</option>
              <option value="apiKey">API key</option>
              <option value="none">None</option>
            </select>
          )}
        </FormField>
        {values.authKind === 'basic' && (
          <FormField label="User" error={fields['connection.auth.username']}>
            {(control) => (
              <input
                {...control}
                value={values.username}
                onChange={(event) => change('username', event.target.value)}
                autoComplete="off"
              />
            )}
          </FormField>
        )}
        {values.authKind !== 'none' && (
          <SecretField
            values={values}
            editing={editing}
            error={fields.secret}
            onChange={(typed) => change('secret', typed)}
          />
        )}
        <IndexPatternFields values={values} fields={fields} change={change} />
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
            aria-disabled={pending !== null || undefined}
            onClick={() => run('test')}
          >
            Test connection
          </button>
          <button
            type="submit"
            ref={saveButton}
            className="primary"
            aria-disabled={pending !== null || undefined}
            aria-describedby={held ? heldNoteId : undefined}
          >
            Save
          </button>
          {pending === 'test' && (
            <button type="button" onClick={cancel}>
              Cancel test
            </button>
          )}
          {held && pending === null && (
            <button
              type="button"
              onClick={() => {
                startNew();
                onEditCancelled(held.id);
              }}
            >
              Cancel edit
            </button>
          )}
        </div>
        {outcome && (
          <p role="status" ref={outcomeLine} className={TONE_CLASS[outcome.tone]}>
            {outcome.text}
          </p>
        )}
        {report && <ConnectionReport report={report} />}
      </form>
    </>
  );
}
