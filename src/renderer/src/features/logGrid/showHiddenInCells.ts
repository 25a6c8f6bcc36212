/**
 * Log text is written by the CRM's producers, not typed in the console, so it may hold a character a
 * reader cannot see that reorders what a cell shows (a right-to-left override turns "refund tsrif" into
 * a different sentence, and the rest of the cell backwards). A grid shows such a character by its name,
 * ⟨U+202E⟩, in every cell and tooltip: `showHiddenInCells(columns)` wraps each column's formatter (or
 * its plain value) once, where the columns are defined. A column with a cell renderer shows its text
 * itself and must do the same (see `showHiddenCharacters`).
 */
import type { ColDef, ITooltipParams, ValueFormatterParams } from 'ag-grid-community';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';

const asText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);

/** The value at a dotted field path of a row, as `tooltipField` names it. */
const valueAtPath = (row: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], row);

export function showHiddenInCells<T>(columns: readonly ColDef<T>[]): ColDef<T>[] {
  return columns.map((column) => {
    const shown: ColDef<T> = { ...column };
    if (!column.cellRenderer) {
      const format = column.valueFormatter;
      if (typeof format === 'string') throw new Error(`Column ${column.colId}: a formatter must be a function`);
      shown.valueFormatter = (params: ValueFormatterParams<T>) =>
        showHiddenCharacters(asText(format ? format(params) : params.value));
    }
    const { tooltipField, tooltipValueGetter } = column;
    if (tooltipField !== undefined) {
      delete shown.tooltipField;
      shown.tooltipValueGetter = ({ data }: ITooltipParams<T>) =>
        showHiddenCharacters(asText(valueAtPath(data, tooltipField)));
    } else if (tooltipValueGetter) {
      shown.tooltipValueGetter = (params: ITooltipParams<T>) =>
        showHiddenCharacters(asText(tooltipValueGetter(params)));
    }
    return shown;
  });
}
