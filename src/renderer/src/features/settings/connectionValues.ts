import type { RequestInputOf } from '../../../../shared/contract/contract';
import { ConnectionTrust } from '../../../../shared/domain/connectionTrust';
import { DEFAULT_INDEX_PATTERNS } from '../../../../shared/domain/fieldMapping';
import type { ClusterConnection } from '../../../../shared/domain/settings';
import { readAddressLines, type ConnectionField } from './connectionFormErrors';

export type AuthKind = ClusterConnection['auth']['kind'];
export type TrustKind = ClusterConnection['tls']['kind'];

/** What the connection form holds, as typed. */
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

export type SaveConnectionRequest = RequestInputOf<'settings/connection/save'>;

/** A saved connection as the renderer knows it: everything but its secret. */
export type SavedConnection = Omit<ClusterConnection, 'fieldMapping' | 'requestTimeoutMs'>;

export const EMPTY_VALUES: ConnectionValues = {
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

/** Whether two forms' values are the same, field by field: an edit holds changes once they differ. */
export function sameConnectionValues(a: ConnectionValues, b: ConnectionValues): boolean {
  return (Object.keys(a) as (keyof ConnectionValues)[]).every((key) => a[key] === b[key]);
}

/** Which field's error a change of each value clears. */
export const FIELD_OF: Readonly<Record<keyof ConnectionValues, ConnectionField | null>> = {
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

/**
 * The request for the values typed; `id` names the saved connection they replace (an edit), none for a
 * new one. The field mapping and time-out are left out: main keeps the saved ones.
 */
export function toRequest(values: ConnectionValues, id: string | null): SaveConnectionRequest {
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

/** A saved connection loaded into the form to be edited: everything but the secret, which stays in main. */
export function valuesOfSaved(saved: SavedConnection): ConnectionValues {
  const { auth, tls } = saved;
  return {
    ...EMPTY_VALUES,
    name: saved.name,
    url: saved.url,
    failoverUrls: saved.failoverUrls.join('\n'),
    authKind: auth.kind,
    username: auth.kind === 'basic' ? auth.username : '',
    operational: saved.indexPatterns.operational,
    activity: saved.indexPatterns.activity,
    trustKind: tls.kind,
    caPath: tls.kind === 'caFile' ? tls.path : '',
    fingerprint: tls.kind === 'fingerprint' ? tls.sha256 : '',
  };
}

/** An address as the URL parser reads it (so `HTTPS://Es:9200` is `https://es:9200/`), or as typed. */
function readAddress(address: string): string {
  try {
    return new URL(address.trim()).href;
  } catch {
    return address.trim();
  }
}

/**
 * Whether the values still name what the saved secret is bound to (every node address, the kind of
 * authentication, the user, the certificates trusted): only then may the secret be left empty to keep it.
 * Main decides; this tells the admin beforehand.
 */
export function keepsSavedSecretBinding(values: ConnectionValues, saved: SavedConnection): boolean {
  const typed = toRequest(values, saved.id).connection;
  const nodes = (urls: readonly string[]) => JSON.stringify(urls.map(readAddress));
  return (
    nodes([typed.url, ...(typed.failoverUrls ?? [])]) === nodes([saved.url, ...saved.failoverUrls]) &&
    values.authKind === saved.auth.kind &&
    (saved.auth.kind !== 'basic' || values.username.trim() === saved.auth.username) &&
    JSON.stringify(ConnectionTrust.safeParse(trustOf(values)).data) === JSON.stringify(saved.tls)
  );
}
