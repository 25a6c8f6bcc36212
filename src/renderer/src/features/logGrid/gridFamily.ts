/**
 * What a log grid needs to know about the family it shows, and nothing else: every generic piece of
 * `logGrid/` (route state, cursor datasource, filter panel, chips, facet counts, histogram, column
 * chooser, saved views, detail panel) takes a `GridFamily` and reads the rest from the field table in
 * `shared/query/logFields.ts`. A page describes its family once (see `operationalLogs/operationalGrid.ts`)
 * and composes the pieces; the Sessions and Logs tabs of the client page do the same with theirs.
 */
import type { ColDef } from 'ag-grid-community';
import type { CallOptions, ConsoleApi } from '../../../../shared/contract/contract';
import type { Result } from '../../../../shared/contract/errors';
import type { GridId } from '../../../../shared/domain/preferences';
import type { ClientActivity } from '../../../../shared/domain/clientActivity';
import type { OperationalLog } from '../../../../shared/domain/operationalLog';
import type { ActivityQuery, LogFamily, OperationalQuery } from '../../../../shared/query/logQuery';
import type { Facet, FacetField, Histogram, LogPage, SuggestField } from '../../../../shared/query/logSource';

interface FamilyTypes {
  operational: { query: OperationalQuery; row: OperationalLog };
  activity: { query: ActivityQuery; row: ClientActivity };
}
export type QueryOf<F extends LogFamily> = FamilyTypes[F]['query'];
export type RowOf<F extends LogFamily> = FamilyTypes[F]['row'];

/** One control of the filter panel, for one filter key of the family's field table. */
export type FilterControl =
  /** A checkbox per value, each with its facet count; values OR together. */
  | { kind: 'values'; key: string; legend?: string }
  /** Type-ahead over the parties the logs name (clients, employees), chosen by id. */
  | { kind: 'party'; key: string; suggest: SuggestField };

/** An id and the name a row gives it, remembered so chips holding ids read as names. */
export interface NamedId {
  id: string;
  name: string;
}

/** The calls a grid makes for its family, each through the typed api. */
export interface FamilyApi<F extends LogFamily> {
  search(query: QueryOf<F>, options?: CallOptions): Promise<Result<LogPage>>;
  facets(query: QueryOf<F>, fields: FacetField[], options?: CallOptions): Promise<Result<Facet[]>>;
  histogram(query: QueryOf<F>, options?: CallOptions): Promise<Result<Histogram>>;
}

export interface GridFamily<F extends LogFamily> {
  family: F;
  /** Where this grid's column layout and saved views are kept. */
  grid: GridId;
  /** The route the grid's query lives in, e.g. `/logs`. */
  path: string;
  /** Columns in their default order; `colId` names the field a sortable column sorts on. */
  columns: ColDef<RowOf<F>>[];
  /** The filter panel, column by column. */
  controls: readonly (readonly FilterControl[])[];
  /** The facets counted for the panel's value controls, by filter key. */
  facetFields: readonly FacetField[];
  /** A short heading for a row in the detail panel, hidden characters shown by name (showHiddenCharacters). */
  describe(row: RowOf<F>): string;
  /** The family's calls on the api. */
  calls(api: ConsoleApi): FamilyApi<F>;
}
