import {
  CellApiModule,
  CellStyleModule,
  ColumnApiModule,
  colorSchemeVariable,
  EventApiModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  themeQuartz,
  TooltipModule,
} from 'ag-grid-community';

/** Only the grid modules the console uses are registered. */
ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  ColumnApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  CellStyleModule,
  TooltipModule,
  EventApiModule,
  // Ctrl+C on a cell copies what it shows: its formatted value (copyCell).
  CellApiModule,
  ScrollApiModule,
  // Redraws the created cells and header when the operator switches between local time and UTC.
  RenderApiModule,
  // The grid's own words in the console's: "No logs to show".
  LocaleModule,
]);

/**
 * Follows the OS light/dark choice through `data-ag-theme-mode` on the body. A focused header or cell is
 * ringed in the console's accent, solid: the grid's own half-transparent ring stands out less than 3:1 from
 * the header and the selected row, in either theme.
 */
export const gridTheme = themeQuartz.withPart(colorSchemeVariable).withParams({
  fontSize: 13,
  spacing: 5,
  focusShadow: { spread: 2, color: 'var(--accent)' },
  rangeSelectionBorderColor: 'var(--accent)',
});
