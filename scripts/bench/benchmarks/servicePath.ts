import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileJournal } from '../../../src/main/journal/FileJournal';
import { createRouter, type Handlers } from '../../../src/main/router/createRouter';
import { createLogService } from '../../../src/main/services/createLogService';
import { CHANNELS } from '../../../src/shared/contract/channelMethods';
import type { LogQuery } from '../../../src/shared/query/logQuery';
import type { LogPage, LogSource } from '../../../src/shared/query/logSource';

/**
 * The path a renderer request takes in main, minus the transport: the router checks the sender,
 * parses the request, authorizes, runs the log service on `source`, redacts, parses the answer and
 * journals it, exactly as the console does. `release` closes what a page it answered left open, as
 * the operator the page was issued to.
 */
export function openServicePath(source: LogSource): {
  search(query: LogQuery): Promise<LogPage>;
  release(page: LogPage): Promise<void>;
} {
  const operator = { id: 'bench-auditor', name: 'Bench auditor', role: 'auditor', scope: null } as const;
  const refuse = () => Promise.reject(new Error('not measured'));
  const handlers = {
    ...Object.fromEntries(CHANNELS.map((channel) => [channel, refuse])),
    ...createLogService({ current: () => Promise.resolve(source) }),
  } as Handlers;
  const router = createRouter({
    handlers,
    currentOperator: () => operator,
    journal: new FileJournal(join(mkdtempSync(join(tmpdir(), 'audit-console-bench-')), 'journal.ndjson')),
  });
  return {
    async search(query) {
      const result = await router.handle('logs/search', query, { trusted: true });
      if (!result.ok) throw new Error(`logs/search failed: ${result.message}`);
      return result.data as LogPage;
    },
    async release(page) {
      if (page.nextCursor) await source.releaseCursor(page.family, page.nextCursor, { operatorId: operator.id });
    },
  };
}
