import { clientEvent, pause } from './clientEvent';
import { logOperation } from './logOperation';
import { sendToPaymentProvider } from './paymentFlows';
import { internalErrorString } from './providerErrors';
import type { ClientSession, SeedContext } from './seedContext';

const AMOUNTS = [50, 100, 200, 250, 500, 1_000, 2_500, 5_000] as const;
const DEPOSIT_METHODS = ['card', 'bank_transfer', 'crypto', 'e-wallet'] as const;

function amountFor(ctx: SeedContext, session: ClientSession): number {
  const base = ctx.random.pick(AMOUNTS);
  return session.client.weight > 5 ? base * ctx.random.int(2, 10) : base;
}

export function submitDeposit(ctx: SeedContext, session: ClientSession): void {
  const { client } = session;
  const transactionId = ctx.ids.next(session.atMs);
  const amount = amountFor(ctx, session);
  const method = ctx.random.pick(DEPOSIT_METHODS);
  clientEvent(
    ctx,
    session,
    'client.deposit_submitted',
    `Client submitted deposit of ${amount.toFixed(2)} ${client.currency} via ${method.replace('_', ' ')}`,
    {
      transactionId,
      amount,
      currency: client.currency,
      method,
      provider: 'Huntli',
    },
  );
  const failed = ctx.random.chance(0.02);
  logOperation(ctx, session.atMs + ctx.random.int(40, 400), {
    channel: 'clientArea',
    action: 'create',
    description: failed ? 'Deposit request failed' : `Deposit request created (${amount} ${client.currency})`,
    businessModel: 'Client Area',
    subModel: 'Deposits',
    client,
    error: failed ? internalErrorString(ctx.random, 'createDeposit') : null,
    relatedOperation: 'createDeposit',
    impactedTable: 'transactions',
  });
  if (!failed)
    sendToPaymentProvider(ctx, session.atMs, client, {
      id: transactionId,
      kind: 'deposit',
      amount,
      currency: client.currency,
    });
}

export function submitWithdrawal(ctx: SeedContext, session: ClientSession): void {
  const { client } = session;
  const transactionId = ctx.ids.next(session.atMs);
  const amount = amountFor(ctx, session);
  clientEvent(
    ctx,
    session,
    'client.withdrawal_submitted',
    `Client submitted withdrawal of ${amount.toFixed(2)} ${client.currency}`,
    {
      transactionId,
      amount,
      currency: client.currency,
      method: ctx.random.pick(['bank_transfer', 'card', 'crypto']),
    },
  );
  logOperation(ctx, session.atMs + ctx.random.int(40, 400), {
    channel: 'clientArea',
    action: 'create',
    description: `Withdrawal request created (${amount} ${client.currency})`,
    businessModel: 'Client Area',
    subModel: 'Withdrawals',
    client,
    relatedOperation: 'createWithdrawal',
    impactedTable: 'transactions',
  });
  if (client.pendingWithdrawals.length < 5) client.pendingWithdrawals.push(transactionId);
}

/** The client confirms a pending withdrawal; the payout then goes to the provider. */
export function fulfilWithdrawal(ctx: SeedContext, session: ClientSession): boolean {
  const { client } = session;
  const transactionId = client.pendingWithdrawals.shift();
  if (transactionId === undefined) return false;
  clientEvent(ctx, session, 'client.withdrawal_fulfilled', 'Client fulfilled withdrawal request', { transactionId });
  logOperation(ctx, session.atMs + ctx.random.int(40, 400), {
    channel: 'clientArea',
    action: 'update',
    description: 'Withdrawal fulfilled by client',
    businessModel: 'Client Area',
    subModel: 'Withdrawals',
    client,
    relatedOperation: 'fulfilWithdrawal',
    impactedTable: 'transactions',
  });
  sendToPaymentProvider(ctx, session.atMs, client, {
    id: transactionId,
    kind: 'withdrawal',
    amount: 0,
    currency: client.currency,
  });
  return true;
}

export function declineTransaction(ctx: SeedContext, session: ClientSession): boolean {
  const { client } = session;
  const transactionId = client.pendingWithdrawals.pop();
  if (transactionId === undefined) return false;
  const reason = ctx.random.pick(['changed_mind', 'wrong_amount', 'wrong_method']);
  clientEvent(ctx, session, 'client.transaction_declined', 'Client declined a pending transaction', {
    transactionId,
    reason,
  });
  logOperation(ctx, session.atMs + ctx.random.int(40, 400), {
    channel: 'clientArea',
    action: 'update',
    description: 'Transaction declined by client',
    businessModel: 'Transactions',
    subModel: 'Withdrawals',
    client,
    relatedOperation: 'declineTransaction',
    impactedTable: 'transactions',
  });
  return true;
}

/** Browsing the transaction history: filters, pages and details, none of which is a CRUD log. */
export function browseTransactions(ctx: SeedContext, session: ClientSession): void {
  const { random } = ctx;
  clientEvent(ctx, session, 'client.transactions_filtered', 'Client filtered transactions', {
    filters: {
      type: random.pick(['all', 'deposit', 'withdrawal', 'transfer']),
      status: random.pick(['any', 'pending', 'approved', 'declined']),
      period: random.pick(['7d', '30d', '90d', 'custom']),
    },
  });
  const pages = random.poisson(1.2);
  for (let page = 2; page < 2 + pages; page++) {
    pause(ctx, session, 6_000);
    clientEvent(ctx, session, 'client.transactions_paginated', `Client opened page ${page} of transactions`, {
      page,
      pageSize: 20,
    });
  }
  if (random.chance(0.6)) {
    pause(ctx, session, 8_000);
    clientEvent(ctx, session, 'client.transaction_details_opened', 'Client opened transaction details', {
      transactionId: ctx.ids.next(session.atMs - random.int(1, 60) * 86_400_000),
    });
  }
}
