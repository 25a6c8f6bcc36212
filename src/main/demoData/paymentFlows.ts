import { logOperation } from './logOperation';
import type { SeedClient } from './population';
import { providerErrorString } from './providerErrors';
import type { SeedContext } from './seedContext';

export const PAYMENT_PROVIDER = 'Huntli';

export interface PaymentTransaction {
  readonly id: string;
  readonly kind: 'deposit' | 'withdrawal';
  readonly amount: number;
  readonly currency: string;
}

/**
 * The provider round trip the source documents describe: "Sending transaction to Huntli", then either
 * the provider's status callback (through its API token) or "Error while trying to send transaction to
 * Huntli" with the stringified error.
 */
export function sendToPaymentProvider(
  ctx: SeedContext,
  atMs: number,
  client: SeedClient,
  transaction: PaymentTransaction,
): void {
  const { random } = ctx;
  const subModel = transaction.kind === 'deposit' ? 'Deposits' : 'Withdrawals';
  const sentAt = atMs + random.int(300, 4_000);
  const common = {
    channel: 'webhook',
    action: 'webhook',
    businessModel: 'Transactions',
    subModel,
    client,
    relatedOperation: 'sendTransactionToProvider',
    impactedTable: 'transactions',
    requestPath: `/webhooks/${PAYMENT_PROVIDER.toLowerCase()}/transactions/${transaction.id}`,
  } as const;
  logOperation(ctx, sentAt, { ...common, description: `Sending transaction to ${PAYMENT_PROVIDER}` });
  if (random.chance(0.07)) {
    logOperation(ctx, sentAt + random.int(200, 30_000), {
      ...common,
      description: `Error while trying to send transaction to ${PAYMENT_PROVIDER}`,
      error: providerErrorString(random, PAYMENT_PROVIDER, transaction.id),
    });
    return;
  }
  const status = random.chance(0.9) ? 'approved' : random.pick(['declined', 'pending review']);
  logOperation(ctx, sentAt + random.pauseMs(20_000, 1.2), {
    ...common,
    api: ctx.population.apiTokens.find((token) => token.purpose === 'payments') ?? null,
    description: `Transaction status changed to ${status} by ${PAYMENT_PROVIDER}`,
    relatedOperation: 'providerStatusCallback',
    requestPath: `/webhooks/${PAYMENT_PROVIDER.toLowerCase()}/callback`,
  });
}
