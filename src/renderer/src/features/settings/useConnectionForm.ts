import { useState } from 'react';
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

function toRequest(values: ConnectionValues): SaveConnectionRequest {
  const { authKind } = values;
  return {
    connection: {
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

/**
 * The new-connection form's state: checked before sending, every failure placed by its field. A "Saved"
 * outcome goes once `removed` names the connection it speaks of: it would tell of one no longer there.
 */
export function useConnectionForm(onSaved: () => void, removed: ConnectionRemoval | null) {
  const api = useApi();
  const [values, setValues] = useState<ConnectionValues>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<string | null>(null);
  /** The id of the connection a "Saved" outcome names. */
  const [savedId, setSavedId] = useState<string | null>(null);
  const [seenRemoval, setSeenRemoval] = useState(removed);
  if (removed !== seenRemoval) {
    setSeenRemoval(removed);
    if (removed !== null && removed.id === savedId) {
      setSavedId(null);
      setOutcome(null);
    }
  }
  const [report, setReport] = useState<ConnectionTestReport | null>(null);
  const [pending, setPending] = useState(false);

  const change = <K extends keyof ConnectionValues>(key: K, value: ConnectionValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    const field = FIELD_OF[key];
    if (field !== null) setErrors((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));
  };

  /** Validates, then runs `send`; answers the request sent, or null when nothing was. */
  const run = async <T>(send: (request: SaveConnectionRequest) => Promise<T>): Promise<T | null> => {
    const request = toRequest(values);
    const lines = readAddressLines(values.failoverUrls).map(({ line }) => line);
    const invalid = validateConnectionRequest(request, lines);
    setOutcome(null);
    setSavedId(null);
    setReport(null);
    setErrors(invalid);
    if (invalid !== NO_ERRORS) return null;
    setPending(true);
    try {
      return await send(request);
    } finally {
      setPending(false);
    }
  };

  const test = async () => {
    const result = await run((request) => api.testConnection(request));
    if (result === null) return;
    if (!result.ok) return setErrors(failureToErrors(result));
    setReport(result.data);
    if (result.data.state === 'connected')
      return setOutcome(`Connected to Elasticsearch ${result.data.version ?? ''}.`);
    setErrors({ fields: {}, form: result.data.detail ?? 'The cluster could not be reached.' });
  };

  const save = async () => {
    const result = await run((request) => api.saveConnection(request));
    if (result === null) return;
    if (!result.ok) return setErrors(failureToErrors(result));
    setValues(EMPTY);
    const name = values.name.trim();
    // Names are distinct, whatever their case: the one of this name is the connection just saved.
    const saved = result.data.connections.find((each) => each.name.trim().toLowerCase() === name.toLowerCase());
    setSavedId(saved?.id ?? null);
    setOutcome(`Saved “${name}”.`);
    onSaved();
  };

  return { values, change, errors, outcome, report, pending, test, save };
}
