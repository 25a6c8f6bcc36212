import type { SeededRandom } from './seededRandom';

/** Private addresses and source paths as real Node services print them; no secrets, ever. */
function stackFrames(random: SeededRandom, adapter: string): string {
  const line = random.int(20, 240);
  return [
    `    at ${adapter}.send (/app/dist/payments/${adapter.toLowerCase()}/adapter.js:${line}:${random.int(5, 40)})`,
    `    at async PaymentsService.dispatch (/app/dist/payments/payments.service.js:${random.int(40, 180)}:${random.int(5, 30)})`,
    '    at async process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
  ].join('\n');
}

/** A stringified error as the CRM's catch blocks write it after a failed call to a payment provider. */
export function providerErrorString(random: SeededRandom, provider: string, transactionId: string): string {
  const host = `10.20.${random.int(0, 9)}.${random.int(2, 250)}`;
  switch (random.int(0, 4)) {
    case 0:
      return JSON.stringify({
        name: 'AxiosError',
        message: 'Request failed with status code 502',
        code: 'ERR_BAD_RESPONSE',
        status: 502,
        provider,
        transactionId,
        response: { error: 'Bad Gateway' },
      });
    case 1:
      return JSON.stringify({
        name: 'Error',
        message: `connect ETIMEDOUT ${host}:443`,
        code: 'ETIMEDOUT',
        provider,
        transactionId,
        stack: `Error: connect ETIMEDOUT ${host}:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)`,
      });
    case 2:
      return JSON.stringify({
        name: `${provider}ApiError`,
        message: 'Transaction amount exceeds the provider limit',
        code: 'LIMIT_EXCEEDED',
        status: 422,
        provider,
        transactionId,
        details: { limit: 10_000, field: 'amount' },
      });
    case 3:
      return JSON.stringify({
        name: `${provider}ApiError`,
        message: 'Duplicate merchant reference',
        code: 'DUPLICATE_REFERENCE',
        status: 409,
        provider,
        transactionId,
      });
    default:
      return `TypeError: Cannot read properties of undefined (reading 'status')\n${stackFrames(random, provider)}`;
  }
}

/** Failures of the CRM's own resolvers and jobs. */
export function internalErrorString(random: SeededRandom, operation: string): string {
  switch (random.int(0, 2)) {
    case 0:
      return JSON.stringify({
        name: 'ValidationError',
        message: `${operation}: amount must be a positive number`,
        code: 'BAD_USER_INPUT',
      });
    case 1:
      return JSON.stringify({
        name: 'MongoServerError',
        message: 'E11000 duplicate key error collection: crm.settings_texts index: key_1_language_1',
        code: 11000,
      });
    default:
      return `Error: Operation ${operation} timed out after 30000 ms\n    at Timeout._onTimeout (/app/dist/common/withTimeout.js:14:${random.int(10, 30)})\n    at listOnTimeout (node:internal/timers:581:17)`;
  }
}
