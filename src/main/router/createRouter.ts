import { contract, type RequestOf, type ResponseOf } from '../../shared/contract/contract';
import type { ChannelDefinition } from '../../shared/contract/channelDefinition';
import { isChannel, type Channel } from '../../shared/contract/channelMethods';
import { ConsoleError, type Failure, type Result } from '../../shared/contract/errors';
import type { JournalCall } from '../../shared/domain/journal';
import { hasPermission, refusalOf, type Operator } from '../../shared/domain/roles';
import type { OperatorIdentity } from '../../shared/domain/identity';
import type { Caller } from '../access/operatorFromClusterUser';
import type { Journal } from '../journal/Journal';
import { journalName, journalRequest, summariseInvalidRequest } from '../journal/journalRequest';
import { redactAnswer } from '../redaction/redactAnswer';
import { redactSecrets, type Redacted } from '../redaction/redactSecrets';
import { redactText } from '../redaction/sensitiveText';
import { answerSize, namedClients } from './journalFacts';
import { toFailure } from './toFailure';

export interface HandlerContext {
  operator: Operator;
  signal: AbortSignal;
  /** Who vouches for the operator, as every screen shows it; absent where the router was given an operator only. */
  identity?: OperatorIdentity;
}

/** One service call per channel; the router has already checked sender, shape and permission. */
export type Handlers = {
  [C in Channel]: (request: RequestOf<C>, context: HandlerContext) => Promise<ResponseOf<C>>;
};

/** What the transport learned about the caller before the router runs. */
export interface CallOrigin {
  /** IPC: the sender is our window's main frame; HTTP: the session credentials matched. */
  trusted: boolean;
  signal?: AbortSignal;
}

export interface RouterDependencies {
  handlers: Handlers;
  currentOperator: () => Operator;
  /**
   * Who calls, with the identity behind it and why log data is refused while no one vouches for them;
   * when given, it is asked for every call instead of `currentOperator`.
   */
  currentCaller?: () => Promise<Caller>;
  journal: Journal;
  /** The main process log, where unexpected failures are described; `console.error` unless a test listens. */
  log?: (line: string) => void;
}

export interface Router {
  handle(channel: string, payload: unknown, origin: CallOrigin): Promise<Result<unknown>>;
}

/** What a call's journal line says beyond who made it, when and on which channel. */
type CallFacts = Omit<JournalCall, 'kind' | 'operatorId' | 'operatorName' | 'role' | 'channel'>;

/** How a call ended: the answer, and what its journal line says (null: not journaled). */
interface Settled {
  answer: Result<unknown>;
  facts: CallFacts | null;
}

/** The caller as the router uses it; a bare operator has no identity behind it and nothing refused. */
type CallerOf = Pick<Caller, 'operator' | 'refusal' | 'unvouched'> & { identity?: OperatorIdentity };

/**
 * Adds the redactions made on the way out to an answer that reports them by rule (a page of rows). An
 * export's job lists what was removed from its file instead, and keeps that list as it is.
 */
function withRedactionCounts({ value, tally }: Redacted<unknown>): unknown {
  if (tally.total === 0 || typeof value !== 'object' || value === null || !('redactions' in value)) return value;
  if (Array.isArray(value.redactions)) return value;
  const reported = (value.redactions ?? {}) as Record<string, number>;
  const redactions = { ...reported };
  for (const [rule, count] of Object.entries(tally.byRule)) redactions[rule] = (redactions[rule] ?? 0) + count;
  return { ...value, redactions };
}

/**
 * What an answer's journal line says: refused or failed where the channel's answer can report so, else ok.
 * The handler's answer is this channel's, which the contract's union of channels cannot say.
 */
function outcomeOf(definition: ChannelDefinition, answer: unknown): Pick<CallFacts, 'outcome' | 'code'> {
  const refusedIn = definition.refusedIn?.(answer) ?? null;
  if (refusedIn) return { outcome: 'refused', code: refusedIn };
  const failedIn = definition.failedIn?.(answer) ?? null;
  return failedIn ? { outcome: 'failed', code: failedIn } : { outcome: 'ok' };
}

function refused(failure: Failure, facts: Omit<CallFacts, 'outcome' | 'code'>): Settled {
  const field = failure.field === undefined ? {} : { field: failure.field };
  return { answer: failure, facts: { ...facts, ...field, outcome: 'refused', code: failure.code } };
}

/**
 * Runs every call the same way: sender, channel, request shape, permission, service, redaction,
 * response shape, journal. Every answer, failures included, is redacted on its way out; every read
 * and settings change is journaled with its validated request, and so is every refusal.
 */
export function createRouter({
  handlers,
  currentOperator,
  currentCaller,
  journal,
  log = console.error,
}: RouterDependencies): Router {
  async function serve<C extends Channel>(channel: C, payload: unknown, caller: CallerOf, signal: AbortSignal) {
    const { operator } = caller;
    const definition = contract[channel];
    const parsed = definition.request.safeParse(payload ?? {});
    if (!parsed.success) {
      return refused(toFailure(parsed.error), { invalidRequest: summariseInvalidRequest(payload) });
    }
    const request = parsed.data as RequestOf<C>;
    const facts = { request: journalRequest(request), ...namedClients(request) };
    if (caller.refusal && !(caller.unvouched ?? []).includes(definition.permission)) {
      return refused(caller.refusal, facts);
    }
    if (!hasPermission(operator, definition.permission)) {
      const message = refusalOf(operator.role, definition.permission);
      return refused({ ok: false, code: 'FORBIDDEN', message }, facts);
    }
    try {
      const handler = handlers[channel] as (req: RequestOf<C>, ctx: HandlerContext) => Promise<ResponseOf<C>>;
      const context = caller.identity ? { operator, signal, identity: caller.identity } : { operator, signal };
      const answer = await handler(request, context);
      const data = answerOf(channel, answer);
      const outcome = outcomeOf(definition as ChannelDefinition, answer);
      return { answer: { ok: true, data }, facts: { ...facts, ...outcome, ...answerSize(data) } } as Settled;
    } catch (error) {
      const failure = toFailure(error);
      if (failure.code === 'INTERNAL' && !(error instanceof ConsoleError)) {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        log(`[router] ${channel} failed unexpectedly: ${redactText(detail)}`);
      }
      if (failure.code === 'FORBIDDEN') return refused(failure, facts);
      return { answer: failure, facts: { ...facts, outcome: 'failed', code: failure.code } } as Settled;
    }
  }

  /**
   * Secrets a producer logged never leave main, whatever the service read; a page says what was removed,
   * and a row redaction cannot read is withheld, never sent.
   */
  function answerOf(channel: Channel, raw: unknown): unknown {
    const parsed = contract[channel].response.safeParse(withRedactionCounts(redactAnswer(raw)));
    if (parsed.success) return parsed.data;
    log(
      `[router] ${channel} answered with the wrong shape: ${redactText(JSON.stringify(parsed.error.issues.slice(0, 5)))}`,
    );
    throw new ConsoleError(
      'INTERNAL',
      'The console produced an answer of the wrong shape; details are in the main process log.',
    );
  }

  async function settle(channel: string, payload: unknown, origin: CallOrigin, caller: CallerOf): Promise<Settled> {
    // How the payload looks, for a refusal's journal line; a call that is served records its validated request.
    const summary = () => ({ invalidRequest: summariseInvalidRequest(payload) });
    if (!origin.trusted) {
      const message = 'Refused: the request did not come from the console window.';
      return refused({ ok: false, code: 'UNTRUSTED_SENDER', message }, summary());
    }
    if (!isChannel(channel)) {
      const message = `Refused: "${journalName(channel)}" is not a console channel.`;
      return refused({ ok: false, code: 'UNKNOWN_CHANNEL', message }, summary());
    }
    const settled = await serve(channel, payload, caller, origin.signal ?? new AbortController().signal);
    const journaled = contract[channel].audited || settled.facts?.outcome === 'refused';
    return journaled ? settled : { answer: settled.answer, facts: null };
  }

  return {
    async handle(channel, payload, origin) {
      const caller: CallerOf = currentCaller ? await currentCaller() : { operator: currentOperator(), refusal: null };
      const { operator } = caller;
      const at = new Date().toISOString();
      const { answer, facts } = await settle(channel, payload, origin, caller);
      if (facts) {
        const call = isChannel(channel) ? channel : journalName(channel);
        try {
          await journal.record({
            at,
            kind: 'call',
            operatorId: operator.id,
            operatorName: operator.name,
            role: operator.role,
            channel: call,
            ...facts,
          });
        } catch (error) {
          log(`[router] the journal did not record ${call}: ${error instanceof Error ? error.message : String(error)}`);
          // Fail closed: what was read is not shown without its journal line. A refusal or failure
          // showed nothing, so it keeps its own message.
          if (answer.ok) return redactSecrets(toFailure(error)).value;
        }
      }
      // Failures are redacted too: a cluster or proxy can echo credentials in an error body.
      return answer.ok ? answer : redactSecrets(answer).value;
    },
  };
}
