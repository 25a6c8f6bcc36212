import type { ColDef, ITooltipParams, ValueFormatterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_COLUMNS } from '../../../../../../src/renderer/src/features/clients/activityColumns';
import { CLIENT_LOGS_GRID } from '../../../../../../src/renderer/src/features/clients/clientLogsGrid';
import { showHiddenInCells } from '../../../../../../src/renderer/src/features/logGrid/showHiddenInCells';
import { OPERATIONAL_COLUMNS } from '../../../../../../src/renderer/src/features/operationalLogs/operationalColumns';

const RLO = '\u202E';
const context = { zone: () => 'UTC' };

interface Row {
  id: string;
  note: string | null;
  nested: { text: string };
}

const row: Row = { id: 'a', note: `refund ${RLO}tsrif`, nested: { text: `x${RLO}y` } };

/** What a column shows for a value, as the grid asks its formatter. */
function formatted<T>(column: ColDef<T>, value: unknown, data: T): string {
  const format = column.valueFormatter;
  if (typeof format !== 'function') throw new Error(`Column ${column.colId} has no formatter`);
  return format({ value, data, context } as ValueFormatterParams<T>);
}

function tooltip<T>(column: ColDef<T>, data: T, valueFormatted?: string): string {
  if (!column.tooltipValueGetter) throw new Error(`Column ${column.colId} has no tooltip`);
  return String(column.tooltipValueGetter({ data, value: undefined, valueFormatted, context } as ITooltipParams<T>));
}

describe('showHiddenInCells', () => {
  const columns = showHiddenInCells<Row>([
    { colId: 'note', field: 'note', tooltipField: 'note' },
    { colId: 'upper', field: 'note', valueFormatter: ({ value }) => String(value).toUpperCase() },
    { colId: 'nested', field: 'nested.text', tooltipField: 'nested.text' },
    { colId: 'tip', field: 'note', tooltipValueGetter: ({ data }) => `tip ${data?.note ?? ''}` },
  ]);
  const [plain, upper, nested, tip] = columns as [ColDef<Row>, ColDef<Row>, ColDef<Row>, ColDef<Row>];

  it.each([
    ['a plain value', plain, row.note, 'refund ⟨U+202E⟩tsrif'],
    ['a formatted value, after its formatter', upper, row.note, 'REFUND ⟨U+202E⟩TSRIF'],
    ['an empty value', plain, null, ''],
    ['a number', plain, 42, '42'],
    ['a value with nothing hidden', plain, 'refund first', 'refund first'],
  ])('shows %s with its hidden characters named', (_, column, value, expected) => {
    expect(formatted(column, value, row)).toBe(expected);
  });

  it('names hidden characters in tooltips, by field path or from a getter', () => {
    expect(tooltip(plain, row)).toBe('refund ⟨U+202E⟩tsrif');
    expect(tooltip(nested, row)).toBe('x⟨U+202E⟩y');
    expect(tooltip(tip, row)).toBe('tip refund ⟨U+202E⟩tsrif');
    expect(plain.tooltipField).toBeUndefined();
  });

  it('leaves a cell renderer to show its own text and keeps the column otherwise as it was', () => {
    const renderer = () => null;
    const [column] = showHiddenInCells<Row>([{ colId: 'r', cellRenderer: renderer, width: 90 }]);
    expect(column).toEqual({ colId: 'r', cellRenderer: renderer, width: 90 });
  });
});

describe('the console grids', () => {
  const grids = {
    operational: OPERATIONAL_COLUMNS as ColDef<unknown>[],
    activity: ACTIVITY_COLUMNS as ColDef<unknown>[],
    clientLogs: CLIENT_LOGS_GRID.columns as ColDef<unknown>[],
  };

  it.each(Object.entries(grids))('the %s grid shows a hidden character by name in every text cell', (_, columns) => {
    const textColumns = columns.filter(
      (column) => !column.cellRenderer && !/created|createdAt/.test(column.colId ?? ''),
    );
    expect(textColumns.length).toBeGreaterThanOrEqual(3);
    for (const column of textColumns) {
      expect(formatted(column, `deletes ${RLO}EVIL`, {}), column.colId).toContain('⟨U+202E⟩');
      expect(formatted(column, `deletes ${RLO}EVIL`, {}), column.colId).not.toContain(RLO);
    }
  });
});
