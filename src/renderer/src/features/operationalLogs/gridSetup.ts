import {
  CellStyleModule,
  ColumnApiModule,
  colorSchemeVariable,
  EventApiModule,
  InfiniteRowModelModule,
  ModuleRegistry,
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
  ScrollApiModule,
]);

/** Follows the OS light/dark choice through `data-ag-theme-mode` on the body. */
export const gridTheme = themeQuartz.withPart(colorSchemeVariable).withParams({ fontSize: 13, spacing: 5 });
