import { useEffect, useRef, useState } from 'react';
import type { ConnectionTestReport } from '../../../../shared/contract/settingsChannels';
import { useApi } from '../../api/ApiContext';
import {
  failureToErrors,
  NO_ERRORS,
  readAddressLines,
  validateConnectionRequest,
  type FormErrors,
} from './connectionFormErrors';
import {
  EMPTY_VALUES,
  FIELD_OF,
  sameConnectionValues,
  toRequest,
  valuesOfSaved,
  type ConnectionValues,
  type SaveConnectionRequest,
  type SavedConnection,
} from './connectionValues';
import type { KeptNotice } from './connectionFormRequests';
import { connectionTestOutcome } from './connectionTestOutcome';

/** A connection removed from the list: a new object for each removal, so the same id removed again counts. */
export interface ConnectionRemoval {
  id: string;
}

/** What the form says under its buttons: what a Test or Save found, or what it is doing. */
export interface FormOutcome {
  text: string;
  /** `warning`: saved, but not working yet, or a test cancelled. */
  tone: 'ok' | 'warning' | 'busy';
}

/**
 * The saved connection the form holds: loaded by Edit, or kept after a save whose test found it not
 * working. Save replaces it; Cancel edit lets go of it, leaving it as saved.
 */
export interface HeldConnection {
  id: string;
  name: string;
}

/**
 * The connection form's state: checked before sending, every failure placed by its field. A "Saved"
 * outcome goes once `removed` names the connection it speaks of: it would tell of one no longer there.
 * A connection saved but found not working stays in the form, to be mended and saved again over itself,
 * as does one loaded by `edit`.
 */
export function useConnectionForm(onSaved: () => void, removed: ConnectionRemoval | null) {
  const api = useApi();
  const [values, setValues] = useState<ConnectionValues>(EMPTY_VALUES);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  /** The id of the connection a "Saved" outcome names. */
  const [savedId, setSavedId] = useState<string | null>(null);
  const [held, setHeld] = useState<HeldConnection | null>(null);
  /** The values of the connection held, as saved: the edit holds changes once the form differs from them. */
  const [loaded, setLoaded] = useState<ConnectionValues | null>(null);
  const [kept, setKept] = useState<KeptNotice | null>(null);
  const [seenRemoval, setSeenRemoval] = useState(removed);
  if (removed !== seenRemoval) {
    setSeenRemoval(removed);
    if (removed !== null && removed.id === savedId) {
      setSavedId(null);
      setOutcome(null);
    }
    // What was typed stays: saved again, it is a new connection.
    if (removed !== null && removed.id === held?.id) setHeld(null);
  }
  const [report, setReport] = useState<ConnectionTestReport | null>(null);
  const [pending, setPending] = useState<'test' | 'save' | null>(null);
  const running = useRef<AbortController | null>(null);
  /** Counts the times the form was emptied or loaded: an answer to a request sent before then is not its own. */
  const generation = useRef(0);
  // A test still running when the form goes (the operator left Settings) is stopped in main too.
  useEffect(() => () => running.current?.abort(), []);

  const change = <K extends keyof ConnectionValues>(key: K, value: ConnectionValues[K]) => {
    // The secret typed for one kind of authentication is never sent as the other's: switching clears it.
    const switched = key === 'authKind' && value !== values.authKind;
    setValues((current) => ({ ...current, [key]: value, ...(switched ? { secret: '' } : {}) }));
    const cleared = [FIELD_OF[key], switched ? 'secret' : null].filter((field) => field !== null);
    if (cleared.length > 0) {
      setErrors((current) => ({
        ...current,
        fields: { ...current.fields, ...Object.fromEntries(cleared.map((field) => [field, undefined])) },
      }));
    }
  };

  /** Validates, then runs `send`; answers the request sent, or null when nothing was. */
  const run = async <T>(
    action: 'test' | 'save',
    send: (request: SaveConnectionRequest, signal: AbortSignal) => Promise<T>,
  ): Promise<T | null> => {
    if (pending !== null) return null;
    const request = toRequest(values, held?.id ?? null);
    const lines = readAddressLines(values.failoverUrls).map(({ line }) => line);
    const invalid = validateConnectionRequest(request, lines);
    setOutcome(null);
    setSavedId(null);
    setReport(null);
    setKept(null);
    setErrors(invalid);
    if (invalid !== NO_ERRORS) return null;
    setPending(action);
    setOutcome({ text: PENDING[action], tone: 'busy' });
    const controller = new AbortController();
    running.current = controller;
    try {
      return await send(request, controller.signal);
    } finally {
      running.current = null;
      setPending(null);
      setOutcome((shown) => (shown?.tone === 'busy' ? null : shown));
    }
  };

  /** Stops a Test under way; what was typed stays. */
  const cancel = () => running.current?.abort();

  const runTest = async (sentIn: number) => {
    const result = await run('test', (request, signal) => api.testConnection(request, { signal }));
    if (result === null || sentIn !== generation.current) return;
    if (!result.ok && result.code === 'CANCELLED') return setOutcome({ text: TEST_CANCELLED, tone: 'warning' });
    if (!result.ok) return setErrors(failureToErrors(result));
    setReport(result.data);
    if (result.data.state === 'connected') return setOutcome(connectionTestOutcome(result.data));
    setErrors({ fields: {}, form: result.data.detail ?? 'The cluster could not be reached.' });
  };

  const runSave = async (sentIn: number) => {
    const sent = values;
    const result = await run('save', (request) => api.saveConnection(request));
    if (result === null) return;
    // Saved while the form was emptied or loaded with another connection: the list says what was saved.
    if (sentIn !== generation.current) return onSaved();
    if (!result.ok) return setErrors(failureToErrors(result));
    const { saved } = result.data;
    setSavedId(saved.id);
    // Main tested what it saved: its sentence says whether it works, and what to do if not.
    setOutcome({ text: saved.sentence, tone: saved.state === 'connected' ? 'ok' : 'warning' });
    if (saved.state === 'connected') {
      setHeld(null);
      setLoaded(null);
      // Emptied for the next connection, unless the operator typed on while it was saved.
      setValues((current) => (current === sent ? EMPTY_VALUES : current));
    } else {
      setHeld({ id: saved.id, name: sent.name.trim() });
      setLoaded(sent);
    }
    onSaved();
  };

  /** Runs a Test or Save; answers whether the form still holds what was sent, so the answer is said in it. */
  const answered = async (action: 'test' | 'save') => {
    const sentIn = generation.current;
    await (action === 'test' ? runTest(sentIn) : runSave(sentIn));
    return sentIn === generation.current;
  };
  const test = () => answered('test');
  const save = () => answered('save');

  /** The form as it starts: empty, for a new connection, nothing said. */
  const reset = (next: ConnectionValues, editing: HeldConnection | null) => {
    generation.current += 1;
    running.current?.abort();
    setHeld(editing);
    setLoaded(editing ? next : null);
    setKept(null);
    setValues(next);
    setErrors(NO_ERRORS);
    setReport(null);
    setOutcome(null);
    setSavedId(null);
  };

  /**
   * Loads a saved connection to be edited: everything but its secret, which main keeps. Not while a save
   * is under way (the list's Edit buttons wait for it): its answer is said in the form that sent it.
   */
  const edit = (saved: SavedConnection): boolean => {
    const keep = keptFor(saved.id);
    if (keep !== null) {
      setKept({ reason: keep, editName: saved.name });
      return false;
    }
    reset(valuesOfSaved(saved), { id: saved.id, name: saved.name });
    return true;
  };

  /**
   * Why the form stays as it is rather than be loaded with connection `next` (null: a new one): a save under
   * way, or changes typed to another connection held. Edit on the connection held reloads it as saved.
   */
  const keptFor = (next: string | null): KeptNotice['reason'] | null => {
    if (pending === 'save') return 'saving';
    const changed = held !== null && loaded !== null && !sameConnectionValues(values, loaded);
    return changed && held.id !== next ? 'changed' : null;
  };

  /** Lets go of the connection held (it stays as saved): the form is empty again, for a new one. */
  const startNew = () => reset(EMPTY_VALUES, null);

  /**
   * "Connect a cluster" pressed: a connection held with nothing changed gives way to an empty form; a new
   * connection being typed stays as typed. A save under way, or changes not saved, keep the form as it is,
   * and it says why; answers whether the form is ready for a new connection.
   */
  const connectNew = (): boolean => {
    const keep = keptFor(null);
    setKept(keep === null ? null : { reason: keep, editName: null });
    if (keep === null && held !== null) startNew();
    return keep === null;
  };

  return {
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
  };
}

const PENDING: Readonly<Record<'test' | 'save', string>> = {
  test: 'Testing the connection… Cancel test stops it; what you typed stays.',
  save: 'Saving, then testing the saved connection…',
};

const TEST_CANCELLED = 'Test cancelled. What you typed stays: press Test connection to try again.';
