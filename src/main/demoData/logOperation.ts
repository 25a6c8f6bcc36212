import type { OperationalAction, OperationalLog } from '../../shared/domain/operationalLog';
import type { SeedApiToken, SeedClient, SeedManager } from './population';
import type { SeedContext } from './seedContext';

/** Which service wrote the log; decides the technical fields (source, app instance, request path). */
export type OperationChannel = 'crm' | 'clientArea' | 'openApi' | 'webhook' | 'worker';

export interface OperationSpec {
  readonly channel: OperationChannel;
  readonly action: OperationalAction;
  readonly description: string;
  readonly businessModel: string;
  readonly subModel: string | null;
  readonly client?: SeedClient | null;
  readonly employee?: SeedManager | null;
  readonly api?: SeedApiToken | null;
  readonly error?: string | null;
  readonly relatedOperation: string | null;
  readonly impactedTable: string | null;
  /** Defaults to `/graphql` for resolvers and `/jobs/<operation>` for workers. */
  readonly requestPath?: string;
}

const INSTANCES: Readonly<Record<OperationChannel, readonly string[]>> = {
  crm: ['crm-api-0', 'crm-api-1', 'crm-api-2'],
  clientArea: ['tradersroom-api-0', 'tradersroom-api-1'],
  openApi: ['open-api-0', 'open-api-1'],
  webhook: ['webhooks-0', 'webhooks-1'],
  worker: ['worker-0', 'worker-1'],
};

/** Writes one CRUD log; origin follows the channel (Open API and webhooks are external). */
export function logOperation(ctx: SeedContext, atMs: number, spec: OperationSpec): OperationalLog | undefined {
  const external = spec.channel === 'openApi' || spec.channel === 'webhook';
  const error = spec.error ?? null;
  return ctx.sink.operational(atMs, {
    action: spec.action,
    description: spec.description,
    client: spec.client ? { id: spec.client.id, name: spec.client.name } : null,
    employee: spec.employee ? { id: spec.employee.id, name: spec.employee.name } : null,
    api: spec.api ? { id: spec.api.id, name: spec.api.name } : null,
    businessModel: spec.businessModel,
    subModel: spec.subModel,
    origin: external ? 'external' : 'internal',
    status: error === null ? 'info' : 'error',
    error,
    relatedOperation: spec.relatedOperation,
    impactedTable: spec.impactedTable,
    source: spec.channel === 'crm' || spec.channel === 'clientArea' ? 'UI' : 'API',
    appInstance: ctx.random.pick(INSTANCES[spec.channel]),
    requestPath:
      spec.requestPath ?? (spec.channel === 'worker' ? `/jobs/${spec.relatedOperation ?? 'maintenance'}` : '/graphql'),
  });
}
