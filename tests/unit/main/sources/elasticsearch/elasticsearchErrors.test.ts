import { errors, type DiagnosticResult } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import { ConsoleError } from '../../../../../src/shared/contract/errors';
import {
  ExpiredPointInTimeError,
  toConsoleError,
  type ElasticsearchErrorContext,
} from '../../../../../src/main/sources/elasticsearch/elasticsearchErrors';

const ctx: ElasticsearchErrorContext = {
  url: 'http://127.0.0.1:9200',
  username: 'auditor',
  usesApiKey: false,
  requestTimeoutMs: 30_000,
  indexPattern: 'crm-operational-logs-*',
};

function diagnostic(statusCode: number, body: unknown): DiagnosticResult {
  return {
    body,
    statusCode,
    headers: {},
    warnings: null,
    meta: {
      context: null,
      name: 'elasticsearch-js',
      request: { params: { method: 'POST', path: '/crm-operational-logs-*/_search' }, options: {}, id: 1 },
      connection: null,
      attempts: 0,
      aborted: false,
    },
  };
}

const response = (statusCode: number, body: unknown) => new errors.ResponseError(diagnostic(statusCode, body));
const securityError = (reason: string, extra: Record<string, unknown> = {}) => ({
  error: {
    root_cause: [{ type: 'security_exception', reason, ...extra }],
    type: 'security_exception',
    reason,
    ...extra,
  },
  status: 401,
});

// Bodies as Elasticsearch 9.4 answered them (captured from the local node).
const badLong = {
  error: {
    root_cause: [
      { type: 'query_shard_exception', reason: 'failed to create query: For input string: "abc"', index: 'x' },
    ],
    type: 'search_phase_execution_exception',
    reason: 'all shards failed',
    phase: 'query',
    grouped: true,
    failed_shards: [
      {
        shard: 0,
        index: 'x',
        reason: {
          type: 'query_shard_exception',
          reason: 'failed to create query: For input string: "abc"',
          caused_by: { type: 'number_format_exception', reason: 'For input string: "abc"' },
        },
      },
    ],
  },
  status: 400,
};
const unknownQuery = {
  error: {
    root_cause: [{ type: 'parsing_exception', reason: 'unknown query [nonsense]', line: 1, col: 22 }],
    type: 'parsing_exception',
    reason: 'unknown query [nonsense]',
    caused_by: { type: 'named_object_not_found_exception', reason: '[1:22] unknown field [nonsense]' },
  },
  status: 400,
};
const fielddata = 'Fielddata is disabled on [t] in [x]. Text fields are not optimised for operations';
const sortOnText = {
  error: {
    root_cause: [{ type: 'illegal_argument_exception', reason: fielddata }],
    type: 'search_phase_execution_exception',
    reason: 'all shards failed',
    failed_shards: [{ shard: 0, index: 'x', reason: { type: 'illegal_argument_exception', reason: fielddata } }],
    caused_by: { type: 'illegal_argument_exception', reason: fielddata },
  },
  status: 400,
};
const indexNotFound = {
  error: {
    root_cause: [{ type: 'index_not_found_exception', reason: 'no such index [crm-x]' }],
    type: 'index_not_found_exception',
    reason: 'no such index [crm-x]',
  },
  status: 404,
};
const pitGone = {
  error: {
    root_cause: [{ type: 'search_context_missing_exception', reason: 'No search context found for id [3]' }],
    type: 'search_phase_execution_exception',
    reason: 'all shards failed',
  },
  status: 404,
};
const forbidden = {
  error: {
    root_cause: [
      { type: 'security_exception', reason: 'action [indices:data/read/search] is unauthorized for user [auditor]' },
    ],
    type: 'security_exception',
    reason: 'action [indices:data/read/search] is unauthorized for user [auditor]',
  },
  status: 403,
};

interface Row {
  name: string;
  error: unknown;
  ctx?: Partial<ElasticsearchErrorContext>;
  code: ConsoleError['code'];
  message: string | RegExp;
}

const table: Row[] = [
  {
    name: 'connection refused',
    error: new errors.ConnectionError('connect ECONNREFUSED 127.0.0.1:9200'),
    code: 'UNAVAILABLE',
    message:
      'Cannot reach http://127.0.0.1:9200 — connection refused: nothing listens at that address and port; check the URL and port, and that the cluster is running',
  },
  {
    name: 'every node of several refused',
    error: new errors.ConnectionError('connect ECONNREFUSED 10.0.0.3:9200'),
    ctx: { failoverUrls: ['http://10.0.0.2:9200', 'http://10.0.0.3:9200'] },
    code: 'UNAVAILABLE',
    message:
      'Cannot reach any of its nodes (http://127.0.0.1:9200, http://10.0.0.2:9200, http://10.0.0.3:9200) — connection refused: ' +
      'nothing listens at those addresses and ports; check the URLs and ports, and that the cluster is running',
  },
  {
    name: 'unknown host',
    error: new errors.ConnectionError('getaddrinfo ENOTFOUND es.example.invalid'),
    ctx: { url: 'https://es.example.invalid:9200' },
    code: 'UNAVAILABLE',
    message: 'Cannot reach https://es.example.invalid:9200 — host not found: check the host name in the URL',
  },
  {
    name: 'untrusted certificate',
    error: new errors.ConnectionError('self-signed certificate in certificate chain'),
    code: 'UNAVAILABLE',
    message: /TLS certificate is not trusted/,
  },
  {
    name: 'certificate for another host',
    error: new errors.ConnectionError(
      "Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: IP Address:127.0.0.1",
    ),
    code: 'UNAVAILABLE',
    message:
      'Cannot reach http://127.0.0.1:9200 — its TLS certificate is not issued for this host name; use a name or address the certificate lists',
  },
  {
    name: 'no living connection',
    error: new errors.NoLivingConnectionsError('There are no living connections', diagnostic(0, undefined)),
    code: 'UNAVAILABLE',
    message: /^Cannot reach http:\/\/127\.0\.0\.1:9200 — There are no living connections/,
  },
  {
    name: 'timeout',
    error: new errors.TimeoutError('Request timed out'),
    code: 'TIMEOUT',
    message: 'The cluster did not answer within 30 s; retry or narrow the time range',
  },
  {
    name: 'abort',
    error: new errors.RequestAbortedError('Request aborted'),
    code: 'CANCELLED',
    message: 'The request was cancelled',
  },
  {
    name: 'DOM abort',
    error: new DOMException('This operation was aborted', 'AbortError'),
    code: 'CANCELLED',
    message: /cancelled/,
  },
  {
    name: 'wrong password',
    error: response(401, securityError('unable to authenticate user [auditor] for REST request [/x/_search]')),
    code: 'AUTH_FAILED',
    message:
      'The cluster rejected the credentials for user auditor. Check them in Settings, under Cluster connections.',
  },
  {
    name: 'expired API key',
    error: response(
      401,
      securityError(
        'unable to authenticate with provided credentials and anonymous access is not allowed for this request',
        {
          additional_unsuccessful_credentials: 'API key: api key is expired',
        },
      ),
    ),
    ctx: { username: null, usesApiKey: true },
    code: 'AUTH_FAILED',
    message:
      'The cluster rejected the API key: it has expired. Create a new one and enter it in Settings, under Cluster connections.',
  },
  {
    name: 'rejected API key',
    error: response(401, securityError('unable to authenticate with provided credentials')),
    ctx: { username: null, usesApiKey: true },
    code: 'AUTH_FAILED',
    message: 'The cluster rejected the API key. Check it in Settings, under Cluster connections.',
  },
  {
    name: 'missing privilege',
    error: response(403, forbidden),
    code: 'FORBIDDEN',
    message:
      "The cluster does not allow user auditor to read 'crm-operational-logs-*': action [indices:data/read/search] is unauthorized for user [auditor]",
  },
  {
    name: 'shard-level rejection, root cause in words',
    error: response(400, badLong),
    code: 'QUERY_REJECTED',
    message: 'The cluster rejected the query: failed to create query: For input string: "abc"',
  },
  {
    name: 'parse error',
    error: response(400, unknownQuery),
    code: 'QUERY_REJECTED',
    message: 'The cluster rejected the query: unknown query [nonsense]; [1:22] unknown field [nonsense]',
  },
  {
    name: 'sort on a text field',
    error: response(400, sortOnText),
    code: 'QUERY_REJECTED',
    message: `The cluster rejected the query: ${fielddata}`,
  },
  {
    name: 'index not found names the pattern',
    error: response(404, indexNotFound),
    code: 'NOT_FOUND',
    message:
      "No index matches 'crm-operational-logs-*' on http://127.0.0.1:9200; check the connection's index patterns",
  },
  {
    name: 'overloaded',
    error: response(429, { error: { type: 'es_rejected_execution_exception', reason: 'rejected execution' } }),
    code: 'UNAVAILABLE',
    message: /too busy/,
  },
  {
    name: 'server error',
    error: response(503, { error: { type: 'x', reason: 'no master' } }),
    code: 'UNAVAILABLE',
    message: /status 503\): no master/,
  },
  {
    name: 'not elasticsearch',
    error: new errors.ProductNotSupportedError('Elasticsearch'),
    code: 'UNAVAILABLE',
    message:
      'http://127.0.0.1:9200 answers, but not as an Elasticsearch cluster (a web server or proxy may listen there); check the URL and port: Elasticsearch listens on 9200 unless set otherwise',
  },
  {
    name: 'anything else',
    error: new Error('boom\n  at stack'),
    code: 'INTERNAL',
    message: 'Unexpected failure talking to http://127.0.0.1:9200: boom',
  },
];

describe('toConsoleError', () => {
  it.each(table)('$name → $code', ({ error, ctx: override, code, message }) => {
    const mapped = toConsoleError(error, { ...ctx, ...override });
    expect(mapped).toBeInstanceOf(ConsoleError);
    expect(mapped.code).toBe(code);
    if (typeof message === 'string') expect(mapped.message).toBe(message);
    else expect(mapped.message).toMatch(message);
    expect(mapped.message).not.toMatch(/\n|\tat /);
  });

  it('an expired point-in-time is its own error, so the source can reopen one', () => {
    const mapped = toConsoleError(response(404, pitGone), ctx);
    expect(mapped).toBeInstanceOf(ExpiredPointInTimeError);
    expect(mapped.code).toBe('NOT_FOUND');
  });

  it('passes ConsoleErrors through', () => {
    const original = new ConsoleError('BAD_REQUEST', 'no');
    expect(toConsoleError(original, ctx)).toBe(original);
  });
});
