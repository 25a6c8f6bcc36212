import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../src/main/export/ExportFile';
import { createCsvWriter } from '../../../../src/main/export/formats/FormatWriter';
import { createLocalTimeFormatter, systemTimeZone } from '../../../../src/main/export/localTime';
import type { PlannedQuery } from '../../../../src/main/export/planQueries';
import type { ExportRow } from '../../../../src/main/export/readMatches';

/** The local-time cells a CSV export writes for records created at `instants`, in the process's zone. */
async function localTimesWritten(instants: readonly string[]): Promise<string[]> {
  const chunks: Buffer[] = [];
  const file = { write: (chunk: Buffer) => Promise.resolve(void chunks.push(chunk)) } as unknown as ExportFile;
  const query = { number: 1, family: 'operational' } as PlannedQuery;
  const writer = createCsvWriter(file, [query], createLocalTimeFormatter(systemTimeZone()));
  await writer.beginQuery(query);
  const rows = instants.map((created, index) => ({ id: `row-${index}`, created, action: 'update' }) as ExportRow);
  await writer.write({ family: 'operational', rows, provenance: [] });
  const [header, ...lines] = Buffer.concat(chunks).toString('utf8').trimEnd().split('\r\n');
  const column = header?.split(',').findIndex((name) => name.endsWith(' local time)')) ?? -1;
  expect(header?.split(',')[column]).toBe(`created (${systemTimeZone()} local time)`);
  return lines.map((line) => line.split(',')[column] ?? '');
}

/** Runs the tests of a block with the process in `zone`, as on a workstation there; restored after. */
function inProcessZone(zone: string): void {
  const before = process.env['TZ'];
  beforeAll(() => void (process.env['TZ'] = zone));
  afterAll(() => {
    if (before === undefined) delete process.env['TZ'];
    else process.env['TZ'] = before;
  });
}

describe('a CSV export spanning the end of summer time in Berlin (last Sunday of October)', () => {
  inProcessZone('Europe/Berlin');

  it('names at each row the offset in force at its instant, not the one at the export’s start', async () => {
    expect(systemTimeZone()).toBe('Europe/Berlin');
    expect(
      await localTimesWritten([
        '2026-10-24T22:00:00.000Z',
        '2026-10-25T00:59:59.999Z',
        '2026-10-25T01:00:00.000Z',
        '2026-10-25T01:30:00.000Z',
        '2026-10-26T12:00:00.000Z',
      ]),
    ).toEqual([
      '2026-10-25 00:00:00.000 +02:00',
      // 02:59 summer time, then the clocks go back: 02:00 again, in winter time.
      '2026-10-25 02:59:59.999 +02:00',
      '2026-10-25 02:00:00.000 +01:00',
      '2026-10-25 02:30:00.000 +01:00',
      '2026-10-26 13:00:00.000 +01:00',
    ]);
  });

  it('names the offset of each row the other way round too: newest first, as the grid sorts', async () => {
    expect(await localTimesWritten(['2026-10-25T01:30:00.000Z', '2026-10-25T00:30:00.000Z'])).toEqual([
      '2026-10-25 02:30:00.000 +01:00',
      '2026-10-25 02:30:00.000 +02:00',
    ]);
  });
});

describe('a CSV export spanning the end of daylight time in New York (first Sunday of November)', () => {
  inProcessZone('America/New_York');

  it('names at each row the offset in force at its instant', async () => {
    expect(systemTimeZone()).toBe('America/New_York');
    expect(
      await localTimesWritten(['2026-11-01T05:59:59.000Z', '2026-11-01T06:00:00.000Z', '2026-11-01T06:45:00.000Z']),
    ).toEqual(['2026-11-01 01:59:59.000 -04:00', '2026-11-01 01:00:00.000 -05:00', '2026-11-01 01:45:00.000 -05:00']);
  });
});
