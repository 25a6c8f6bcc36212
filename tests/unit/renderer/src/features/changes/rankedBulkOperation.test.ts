import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BulkOperationRow } from '../../../../../../src/shared/contract/riskChannels';
import { RankedBulkOperation } from '../../../../../../src/renderer/src/features/changes/RankedBulkOperation';

const ROW: BulkOperationRow = {
  rank: 1,
  bulkId: 'bulk-7',
  clients: 12_480,
  declaredSize: null,
  actorId: 'm-1',
  actorName: 'Ana',
  startedAt: '2026-10-01T09:00:00.000Z',
  changedFields: ['currency'],
};

/** The texts of the row's cells, in order. */
function cellsOf(row: BulkOperationRow): string[] {
  const markup = renderToStaticMarkup(
    createElement(
      'table',
      null,
      createElement('tbody', null, createElement(RankedBulkOperation, { row, zone: 'UTC', evidence: false })),
    ),
  );
  return [...markup.matchAll(/<(td|th)[^>]*>(.*?)<\/\1>/g)].map(([, , cell = '']) => cell.replace(/<[^>]+>/g, ''));
}

describe('RankedBulkOperation: a ranked bulk operation’s counts read as every count in the console', () => {
  it('shows the clients an operation changed with the thousands separator, in its cell and its name', () => {
    expect(cellsOf(ROW).slice(0, 3)).toEqual(['1', 'bulk-7', '12,480']);
    const markup = renderToStaticMarkup(createElement(RankedBulkOperation, { row: ROW, zone: 'UTC', evidence: false }));
    expect(markup).toContain('aria-label="Rank 1: bulk operation bulk-7, 12,480 clients"');
  });
});
