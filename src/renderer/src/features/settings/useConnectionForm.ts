import { useEffect, useRef, useState } from 'react';
import type { RequestInputOf } from '../../../../shared/contract/contract';
import type { ConnectionTestReport } from '../../../../shared/contract/settingsChannels';
import { DEFAULT_INDEX_PATTERNS } from '../../../../shared/domain/fieldMapping';
import type { ClusterConnection } from '../../../../shared/domain/settings';
import { useApi } from '../../api/ApiContext';
import {
  failureToErrors,
  NO_ERRORS,
  readAddressLines,
  validateConnectionRequest,
  type ConnectionField,
  type FormErrors,
} from './connectionFormErrors';

export type AuthKind = ClusterConnection['auth']['kind'];
export type TrustKind = ClusterConnection['tls']['kind'];

export interface ConnectionValues {
  name: string;
  url: string;
  /** The other nodes' addresses, one a line, tried in order after the first. */
  failoverUrls: string;
  authKind: AuthKind;
  username: string;
  secret: string;
  operational: string;
  activity: string;
  trustKind: TrustKind;
  caPath: string;
  fingerprint: string;
}

type SaveConnectionRequest = RequestInputOf<'settings/connection/save'>;

const EMPTY: ConnectionValues = {
  name: '',
  url: 'https://',
  failoverUrls: '',
  authKind: 'basic',
  username: '',
  secret: '',
  operational: DEFAULT_INDEX_PATTERNS.operational,
  activity: DEFAULT_INDEX_PATTERNS.activity,
  trustKind: 'system',
  caPath: '',
  fingerprint: '',
};

/** Which field's error a change of each value clears. */
const FIELD_OF: Readonly<Record<keyof ConnectionValues, ConnectionField | null>> = {
  name: 'connection.name',
  url: 'connection.url',
  failoverUrls: 'connection.failoverUrls',
  authKind: null,
  username: 'connection.auth.username',
  secret: 'secret',
  operational: 'connection.indexPatterns.operational',
  activity: 'connection.indexPatterns.activity',
  trustKind: null,
  caPath: 'connection.tls.path',
  fingerprint: 'connection.tls.sha256',
};

function trustOf(values: ConnectionValues): ClusterConnection['tls'] {
  if (values.trustKind === 'caFile') return { kind: 'caFile', path: values.caPath };
  if (values.trustKind === 'fingerprint') return { kind: 'fingerprint', sha256: values.fingerprint };
  return { kind: 'system' };
}

/** The request for the values typed; `id` names the saved connection they replace, none for a new one. */
function toRequest(values: ConnectionValues, id: string | null): SaveConnectionRequest {
  const { authKind } = values;
  return {
    connection: {
      ...(id === null ? {} : { id }),
      name: values.name,
      url: values.url,
      failoverUrls: readAddressLines(values.failoverUrls).map(({ address }) => address),
      tls: trustOf(values),
      auth: authKind === 'basic' ? { kind: 'basic', username: values.username } : { kind: authKind },
      indexPatterns: { operational: values.operational, activity: values.activity },
    },
    // The secret goes to main once, typed in; never for a connection without authentication.
    ...(authKind !== 'none' && values.secret ? { secret: values.secret } : {}),
  };
}

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

/** A saved connection the form still holds, because testing it found it not working: Save replaces it. */
export interface HeldConnection {
  id: string;
  name: string;
}

/**
 * The new-connection form's state: checked before sending, every failure placed by its field. A "Saved"
 * outcome goes once `removed` names the connection it speaks of: it would tell of one no longer there.
 * A connection saved but found not working stays in the form, to be mended and saved again over itself.
 */
export function useConnectionForm(onSaved: () => void, removed: ConnectionRemoval | null) {
  const api = useApi();
  const [values, setValues] = useState<ConnectionValues>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  /** The id of the connection a "Saved" outcome names. */
  const [savedId, setSavedId] = useState<string | null>(null);
  const [held, setHeld] = useState<HeldConnection | null>(null);
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

  const test = async () => {
    const result = await run('test', (request, signal) => api.testConnection(request, { signal }));
    if (result === null) return;
    if (!result.ok && result.code === 'CANCELLED') return setOutcome({ text: TEST_CANCELLED, tone: 'warning' });
    if (!result.ok) return setErrors(failureToErrors(result));
    setReport(result.data);
    if (result.data.state === 'connected')
      return setOutcome({ text: `Connected to Elasticsearch ${result.data.version ?? ''}.`, tone: 'ok' });
    setErrors({ fields: {}, form: result.data.detail ?? 'The cluster could not be reached.' });
  };

  const save = async () => {
    const sent = values;
    const result = await run('save', (request) => api.saveConnection(request));
    if (result === null) return;
    if (!result.ok) return setErrors(failureToErrors(result));
    const { saved } = result.data;
    setSavedId(saved.id);
    // Main tested what it saved: its sentence says whether it works, and what to do if not.
    setOutcome({ text: saved.sentence, tone: saved.state === 'connected' ? 'ok' : 'warning' });
    if (saved.state === 'connected') {
      setHeld(null);
      // Emptied for the next connection, unless the operator typed on while it was saved.
      setValues((current) => (current === sent ? EMPTY : current));
    } else setHeld({ id: saved.id, name: sent.name.trim() });
    onSaved();
  };

  /** Lets go of a held connection: the form is empty again, for a new one. */
  const startNew = () => {
    setHeld(null);
    setValues(EMPTY);
    setErrors(NO_ERRORS);
    setReport(null);
    setOutcome(null);
    setSavedId(null);
  };

  return { values, change, errors, outcome, report, pending, held, test, save, cancel, startNew };
}

const PENDING: Readonly<Record<'test' | 'save', string>> = {
  test: 'Testing the connection… Cancel test stops it; what you typed stays.',
  save: 'Saving, then testing the saved connection…',
};

const TEST_CANCELLED = 'Test cancelled. What you typed stays: press Test connection to try again.';
