import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/CliCommand';
import { runExportCommand } from '../../../src/cli/exportCommand';

/** What a user types but the argument at fault; every check here runs before any source is opened. */
function exportWith(flags: Record<string, string>): Promise<number> {
  const given = { '--purpose': 'INC-42 withdrawals', ...flags };
  const args = ['--source', 'demo', '--family', 'operational', '--format', 'csv', '--out', '/nowhere/x.csv'];
  return runExportCommand([...args, ...Object.entries(given).flat()]);
}

describe('audit-console export says an argument past its limit by its flag, the limit and its length', () => {
  it.each([
    [
      '--text',
      't'.repeat(501),
      '--text: The text is too long: shorten it to at most 500 characters; this one has 501.',
    ],
    [
      '--client',
      'c'.repeat(201),
      '--client: The filter value is too long: shorten it to at most 200 characters; this one has 201.',
    ],
    [
      '--purpose',
      'p'.repeat(2_001),
      '--purpose: The purpose is too long: shorten it to at most 2,000 characters; this one has 2,001.',
    ],
  ])('%s', async (flag, value, sentence) => {
    const refused = exportWith({ [flag]: value });
    await expect(refused).rejects.toBeInstanceOf(UsageError);
    await expect(refused).rejects.toMatchObject({ message: sentence });
  });
});
