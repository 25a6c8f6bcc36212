import { contract, type RequestOf, type ResponseOf } from '../../shared/contract/contract';
import { isChannel, type Channel } from '../../shared/contract/channelMethods';
import { ConsoleError, type Result } from '../../shared/contract/errors';
import { hasPermission, type Operator } from '../../shared/domain/roles';
import type { Journal } from '../journal/Journal';
import { redactSecrets, type Redacted } from '../redaction/redactSecrets';
import { toFailure } from './toFailure';

export interface HandlerContext {
  operator: Operator;
  signal: AbortSignal;
}

/** One service call per channel; the router has already checked sender, shape and permission. */
export type Handlers = {
  [C in Channel]: (request: RequestOf<C>, context: HandlerContext) => Promise<ResponseOf<C>>;
};

/** What the transport learned about the caller before the router runs. */
export interface CallOrigin {
  /** IPC: the sender is our window's main frame; HTTP: the per-launch token matched. */
  trusted: boolean;
  signal?: AbortSignal;
}

export interface RouterDependencies {
  handlers: Handlers;
  currentOperator: () => Operator;
  journal: Journal;
}

export interface Router {
  handle(channel: string, payload: unknown, origin: CallOrigin): Promise<Result<unknown>>;
}

function rowCount(data: unknown): number | undefined {
  if (typeof data === 'object' && data !== null && 'rows' in data && Array.isArray(data.rows)) {
    return data.rows.length;
  }
  return undefined;
}

/** Adds the redactions made on the way out to an answer that reports them (a page of rows). */
function withRedactionCounts({ value, tally }: Redacted<unknown>): unknown {
  if (tally.total === 0 || typeof value !== 'object' || value === null || !('redactions' in value)) return value;
  const reported = (value.redactions ?? {}) as Record<string, number>;
  const redactions = { ...reported };
  for (const [rule, count] of Object.entries(tally.byRule)) redactions[rule] = (redactions[rule] ?? 0) + count;
  return { ...value, redactions };
}

/** Runs every call the same way: sender, channel, request shape, permission, service, redaction, response shape. */
export function createRouter({ handlers, currentOperator, journal }: RouterDependencies): Router {
  async function run<C extends Channel>(
    channel: C,
    payload: unknown,
    operator: Operator,
    signal: AbortSignal,
  ): Promise<{ request: RequestOf<C>; data: ResponseOf<C> }> {
    const definition = contract[channel];
    const request = definition.request.parse(payload ?? {}) as RequestOf<C>;
    if (!hasPermission(operator, definition.permission)) {
      throw new ConsoleError(
        'FORBIDDEN',
        `Your role (${operator.role}) does not allow this (${definition.permission}); ask a console admin.`,
      );
    }
    const handler = handlers[channel] as (req: RequestOf<C>, ctx: HandlerContext) => Promise<ResponseOf<C>>;
    // Secrets a producer logged never leave main, whatever the service read; a page says what was removed.
    const raw = withRedactionCounts(redactSecrets(await handler(request, { operator, signal })));
    const parsed = definition.response.safeParse(raw);
    if (!parsed.success) {
      console.error(`[router] ${channel} answered with the wrong shape`, parsed.error.issues.slice(0, 5));
      throw new ConsoleError(
        'INTERNAL',
        'The console produced an answer of the wrong shape; details are in the main process log.',
      );
    }
    const data = parsed.data as ResponseOf<C>;
    return { request, data };
  }

  return {
    async handle(channel, payload, origin) {
      if (!origin.trusted) {
        return {
          ok: false,
          code: 'UNTRUSTED_SENDER',
          message: 'Refused: the request did not come from the console window.',
        };
      }
      if (!isChannel(channel)) {
        return { ok: false, code: 'UNKNOWN_CHANNEL', message: `Refused: "${channel}" is not a console channel.` };
      }
      const operator = currentOperator();
      const at = new Date().toISOString();
      try {
        const { request, data } = await run(channel, payload, operator, origin.signal ?? new AbortController().signal);
        const rows = rowCount(data);
        if (contract[channel].audited)
          await journal.record({
            at,
            operatorId: operator.id,
            role: operator.role,
            channel,
            request,
            outcome: 'ok',
            ...(rows === undefined ? {} : { rows }),
          });
        return { ok: true, data };
      } catch (error) {
        const failure = toFailure(error);
        const outcome = failure.code === 'FORBIDDEN' ? 'refused' : 'failed';
        if (contract[channel].audited)
          await journal.record({
            at,
            operatorId: operator.id,
            role: operator.role,
            channel,
            request: payload,
            outcome,
            code: failure.code,
          });
        return failure;
      }
    },
  };
}
