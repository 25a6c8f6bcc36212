import type { OperationalLog } from '../../../src/shared/domain/operationalLog';

/** An operational log of Eve Examiner updating an account of `client` in the CRM five minutes ago. */
export function accountUpdateLog(id: string, client: OperationalLog['client'], description: string): OperationalLog {
  return {
    id,
    created: new Date(Date.now() - 5 * 60_000).toISOString(),
    action: 'update',
    description,
    client,
    employee: { id: 'e-evidence', name: 'Eve Examiner' },
    api: null,
    businessModel: 'Clients',
    subModel: 'Accounts',
    origin: 'internal',
    status: 'info',
    error: null,
    relatedOperation: null,
    impactedTable: 'accounts',
    source: 'UI',
    appInstance: 'crm-1',
    requestPath: '/graphql',
  };
}
