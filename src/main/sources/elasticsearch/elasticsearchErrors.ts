import { errors } from '@elastic/elasticsearch';
import { ConsoleError } from '../../../shared/contract/errors';
import { quotedInSentence } from '../../../shared/domain/shownInSentence';
import { isRecord } from './readSourcePath';

/** What the messages name: where we connect, as whom, and the limits we set. */
export interface ElasticsearchErrorContext {
  url: string;
  /** The basic-auth user, or null when the connection uses an API key (or no credentials). */
  username: string | null;
  usesApiKey: boolean;
  requestTimeoutMs: number;
  /** The further nodes tried after `url`, so a failure of them all names every one. */
  failoverUrls?: readonly string[];
  /** The index pattern the failing request targeted, when it had one. */
  indexPattern?: string;
}

/** Why a node could not be reached, in a few words; a list naming the node says it beside it. */
export const CONNECTION_REFUSED = 'connection refused';
const HOST_NOT_FOUND = 'host not found';

const UNREACHABLE: readonly (readonly [RegExp, string])[] = [
  [/ECONNREFUSED/, CONNECTION_REFUSED],
  [/ENOTFOUND|EAI_AGAIN/, HOST_NOT_FOUND],
  [/ECONNRESET|socket hang up|other side closed/i, 'the connection was reset'],
  [/EHOSTUNREACH|ENETUNREACH/, 'no route to the host'],
  [/ETIMEDOUT|Connect Timeout/i, 'connecting timed out'],
  [
    /altnames|ALTNAME/i,
    'its TLS certificate is not issued for this host name; use a name or address the certificate lists',
  ],
  [/certificate|CERT_|SELF_SIGNED/i, 'its TLS certificate is not trusted'],
  [/wrong version number|EPROTO/, 'TLS mismatch (is the URL http or https?)'],
];

/** What a refused connection means, and what to check, for one address or several. */
function refusedAdvice(several: boolean): string {
  return several
    ? 'nothing listens at those addresses and ports; check the URLs and ports, and that the cluster is running'
    : 'nothing listens at that address and port; check the URL and port, and that the cluster is running';
}

/** What to check when a node's name does not resolve, for one address or several. */
function hostNotFoundAdvice(several: boolean): string {
  return several ? 'check the host names in the URLs' : 'check the host name in the URL';
}

/**
 * A cluster that could not be reached or did not answer in time, with `reason` saying why in a few words
 * ("connection refused", "host not found", "no answer within 30 s") for a report that lists each node.
 */
export class UnreachableError extends ConsoleError {
  constructor(
    code: 'UNAVAILABLE' | 'TIMEOUT',
    message: string,
    readonly reason: string,
  ) {
    super(code, message);
  }
}

/**
 * The sentence that follows a refusal of credentials in the console: where they are mended. The command
 * line, which reads them from its environment, says its own instead (see `src/cli/commandLineWords.ts`).
 */
export function rejectedCredentialsStep(usesApiKey: boolean, expired: boolean): string {
  return expired
    ? 'Create a new one and enter it in Settings, under Cluster connections.'
    : `Check ${usesApiKey ? 'it' : 'them'} in Settings, under Cluster connections.`;
}

/**
 * A cluster refused the credentials. `refused` says which ("The cluster rejected the API key"), so a
 * screen where they are mended can say its own next step; the message sends the operator to Settings.
 */
export class RejectedCredentialsError extends ConsoleError {
  constructor(
    readonly refused: string,
    readonly usesApiKey: boolean,
    readonly expired: boolean,
  ) {
    super('AUTH_FAILED', `${refused}. ${rejectedCredentialsStep(usesApiKey, expired)}`);
  }
}

/**
 * An answer that lacks what every Elasticsearch node sends for `call`: what answered is no cluster.
 * `asked` names the request in words where the node may have answered others as a cluster does.
 */
export class NotElasticsearchAnswerError extends Error {
  constructor(
    readonly call: string,
    readonly asked: string | null = null,
  ) {
    super(`The answer to ${call} lacks what Elasticsearch always sends`);
    this.name = 'NotElasticsearchAnswerError';
  }
}

/**
 * A fault of the console's own code (a value misread, a function that is not there), thrown while a cluster
 * call ran: it is not the cluster's doing, so it goes on as it is, for the router to log with its stack and
 * answer INTERNAL.
 */
export function isConsoleFault(error: unknown): boolean {
  return error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError;
}

/** The point-in-time behind a cursor is gone (kept alive too long without use, or the node restarted). */
export class ExpiredPointInTimeError extends ConsoleError {
  constructor() {
    super('NOT_FOUND', 'The result set expired on the cluster after a period of inactivity; reload to start again');
  }
}

/** Any failure of a cluster call as a ConsoleError whose message says what to do about it. */
export function toConsoleError(error: unknown, ctx: ElasticsearchErrorContext): ConsoleError {
  if (error instanceof ConsoleError) return error;
  if (error instanceof errors.ResponseError) return fromResponse(error, ctx);
  if (error instanceof errors.TimeoutError) {
    const within = `within ${seconds(ctx.requestTimeoutMs)} s`;
    return new UnreachableError(
      'TIMEOUT',
      `The cluster did not answer ${within}; retry or narrow the time range`,
      `no answer ${within}`,
    );
  }
  if (error instanceof errors.RequestAbortedError || isAbortError(error)) {
    if (error instanceof Error && /content length/.test(error.message)) {
      return new ConsoleError('QUERY_REJECTED', 'The answer from the cluster is too large to read; narrow the query');
    }
    return new ConsoleError('CANCELLED', 'The request was cancelled');
  }
  if (
    error instanceof errors.ProductNotSupportedError ||
    error instanceof errors.DeserializationError ||
    error instanceof NotElasticsearchAnswerError
  ) {
    const asked = error instanceof NotElasticsearchAnswerError ? error.asked : null;
    const what = asked
      ? `: its answer to ${asked} lacks what Elasticsearch always sends (a proxy or stand-in may answer there in the cluster's place)`
      : ' (a web server or proxy may listen there)';
    return new ConsoleError(
      'UNAVAILABLE',
      `${ctx.url} answers, but not as an Elasticsearch cluster${what}; ` +
        'check the URL and port: Elasticsearch listens on 9200 unless set otherwise',
    );
  }
  if (error instanceof errors.ConnectionError || error instanceof errors.NoLivingConnectionsError) {
    const found = UNREACHABLE.find(([pattern]) => pattern.test(error.message));
    const others = ctx.failoverUrls ?? [];
    const where = others.length === 0 ? ctx.url : `any of its nodes (${[ctx.url, ...others].join(', ')})`;
    if (!found) return new ConsoleError('UNAVAILABLE', `Cannot reach ${where} — ${firstLine(error.message)}`);
    const [, reason] = found;
    const several = others.length > 0;
    const said =
      reason === CONNECTION_REFUSED
        ? `${reason}: ${refusedAdvice(several)}`
        : reason === HOST_NOT_FOUND
          ? `${reason}: ${hostNotFoundAdvice(several)}`
          : reason;
    return new UnreachableError('UNAVAILABLE', `Cannot reach ${where} — ${said}`, reason);
  }
  const detail = error instanceof Error ? firstLine(error.message) : String(error);
  return new ConsoleError('INTERNAL', `Unexpected failure talking to ${ctx.url}: ${detail}`);
}

function fromResponse(error: errors.ResponseError, ctx: ElasticsearchErrorContext): ConsoleError {
  const status = error.statusCode ?? 0;
  const body: unknown = error.body;
  const cause = isRecord(body) && isRecord(body.error) ? body.error : null;
  const type = cause && typeof cause.type === 'string' ? cause.type : '';
  const reason =
    describeCause(body) ??
    webPageReason(body) ??
    (typeof body === 'string' && body ? firstLine(body) : `status ${status}`);
  const target = ctx.indexPattern ? `'${ctx.indexPattern}'` : 'the index pattern';

  if (status === 401) {
    const expired = /expired/i.test(JSON.stringify(body ?? ''));
    const who = expired
      ? `the ${ctx.usesApiKey ? 'API key' : 'credentials'}: it has expired`
      : ctx.usesApiKey
        ? 'the API key'
        : ctx.username
          ? `the credentials for user ${ctx.username}`
          : 'the request (no credentials set)';
    return new RejectedCredentialsError(`The cluster rejected ${who}`, ctx.usesApiKey, expired);
  }
  if (status === 403) {
    const who = ctx.username ? `user ${ctx.username}` : ctx.usesApiKey ? 'the API key' : 'this connection';
    return new ConsoleError('FORBIDDEN', `The cluster does not allow ${who} to read ${target}: ${reason}`);
  }
  if (type === 'index_not_found_exception') {
    return new ConsoleError(
      'NOT_FOUND',
      `No index matches ${target} on ${ctx.url}; check the connection's index patterns`,
    );
  }
  if (/search_context_missing_exception/.test(JSON.stringify(body ?? ''))) return new ExpiredPointInTimeError();
  if (status === 408 || status === 504) {
    return new ConsoleError(
      'TIMEOUT',
      `The cluster gave up on the request (${reason}); retry or narrow the time range`,
    );
  }
  if (status === 429) {
    return new ConsoleError('UNAVAILABLE', `The cluster is too busy to answer (${reason}); retry in a moment`);
  }
  if (status === 400 || (status >= 400 && status < 500 && type.includes('exception'))) {
    return new ConsoleError('QUERY_REJECTED', `The cluster rejected the query: ${reason}`);
  }
  if (status >= 500)
    return new ConsoleError('UNAVAILABLE', `The cluster failed to answer (status ${status}): ${reason}`);
  return new ConsoleError('INTERNAL', `Unexpected answer from ${ctx.url} (status ${status}): ${reason}`);
}

/** The longest page title a message quotes. */
const MAX_TITLE = 100;

/**
 * A web page where Elasticsearch answers in JSON: a proxy's error or sign-in page. It is named by its
 * title, since its markup (often thousands of characters on one line) says nothing an operator can use.
 */
function webPageReason(body: unknown): string | null {
  if (typeof body !== 'string' || !/^\s*<(!doctype html|html|head|body)\b/i.test(body)) return null;
  const found = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
  // The page is anyone's: a character that reorders or hides text is named, not obeyed, and a cut falls
  // between whole characters.
  const named = found ? ` (${quotedInSentence(found, MAX_TITLE)})` : '';
  return (
    `a web page${named} came back instead of Elasticsearch’s answer, so a proxy or web server in front of ` +
    'the cluster answered; check the URL, and that the cluster behind it is running'
  );
}

/**
 * The causes in words: every reason along the error's chain and its failed shards' chains, leaving out
 * generic wrappers ("all shards failed") and any reason another one already contains.
 */
export function describeCause(body: unknown): string | null {
  if (!isRecord(body) || !isRecord(body.error)) return null;
  const reasons: string[] = [];
  collectReasons(body.error, reasons);
  const kept = [...new Set(reasons)].filter(
    (reason, _, all) => !all.some((other) => other !== reason && other.includes(reason)),
  );
  return kept.length === 0 ? null : kept.join('; ');
}

const GENERIC_REASONS = new Set(['all shards failed', 'Partial shards failure']);

function collectReasons(cause: Record<string, unknown>, into: string[]): void {
  if (typeof cause.reason === 'string' && cause.reason && !GENERIC_REASONS.has(cause.reason)) {
    into.push(firstLine(cause.reason));
  }
  const shards = Array.isArray(cause.failed_shards) ? cause.failed_shards : [];
  for (const shard of shards) if (isRecord(shard) && isRecord(shard.reason)) collectReasons(shard.reason, into);
  if (isRecord(cause.caused_by)) collectReasons(cause.caused_by, into);
  if (into.length === 0 && Array.isArray(cause.root_cause)) {
    for (const root of cause.root_cause) if (isRecord(root)) collectReasons(root, into);
  }
  if (into.length === 0 && typeof cause.type === 'string') into.push(cause.type.replaceAll('_', ' '));
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

function seconds(ms: number): string {
  return Number.isInteger(ms / 1000) ? String(ms / 1000) : (ms / 1000).toFixed(1);
}
