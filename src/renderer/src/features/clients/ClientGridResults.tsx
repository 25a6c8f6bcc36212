import type { ReactNode } from 'react';
import type { CoverageNote } from '../../../../shared/domain/bundleCoverage';
import type { Permission } from '../../../../shared/domain/roles';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { BundleCoverageNote } from '../bundles/BundleCoverageNote';
import { DetailAddressNote } from '../logGrid/DetailAddressNote';
import { DetailPanel } from '../logGrid/DetailPanel';
import { GridBanners } from '../logGrid/GridBanners';
import type { GridFamily, QueryOf, RowOf } from '../logGrid/gridFamily';
import { LogGrid } from '../logGrid/LogGrid';
import { MatchesHistogram } from '../logGrid/MatchesHistogram';
import { SingleInstantNote } from '../logGrid/SingleInstantNote';
import type { LogGridState } from '../logGrid/useLogGrid';
import type { useRowDetail } from '../logGrid/useRowDetail';
import type { useRowStepper } from '../logGrid/useRowStepper';

interface ClientGridResultsProps<F extends LogFamily> {
  family: GridFamily<F>;
  /** The query as the grid runs it, the page's client included. */
  query: QueryOf<F>;
  grid: LogGridState<F>;
  onQueryChange: (query: QueryOf<F>) => void;
  /** Opens the filter panel, from a banner saying the query needs changing. */
  onEditQuery: () => void;
  /** What a reopened bundle covered of this view, when it covers only part of it. */
  coverage: CoverageNote | null;
  rowDetail: ReturnType<typeof useRowDetail<RowOf<F>>>;
  step: ReturnType<typeof useRowStepper<RowOf<F>>>;
  permissions: readonly Permission[];
  detail?: ((row: RowOf<F>) => ReactNode) | undefined;
}

/**
 * What a client grid tab shows once its query can run: the histogram, the grid's banners, the grid and the
 * detail panel of its selected row (or why the event the address names cannot be shown).
 */
export function ClientGridResults<F extends LogFamily>({
  family,
  query,
  grid,
  onQueryChange,
  onEditQuery,
  coverage,
  rowDetail,
  step,
  permissions,
  detail,
}: ClientGridResultsProps<F>) {
  return (
    <>
      {coverage && <BundleCoverageNote note={coverage} />}
      <SingleInstantNote range={query.timeRange} />
      <MatchesHistogram family={family} query={query} onNarrow={onQueryChange} />
      <GridBanners status={grid.status} onCancel={grid.cancel} onRetry={grid.retry} onEdit={onEditQuery} />
      <div className="grid-and-detail" onKeyDown={rowDetail.closeOnEscape}>
        <LogGrid key={query.pageSize} family={family} query={query} grid={grid} onSelect={rowDetail.select} />
        {rowDetail.selected && (
          <DetailPanel
            family={family}
            row={rowDetail.selected}
            onClose={rowDetail.close}
            canAddToCase={permissions.includes('cases:manage')}
            query={query}
            onQueryChange={onQueryChange}
            onStep={step}
            onOpen={rowDetail.open}
            focusRequest={rowDetail.focusRequest}
          >
            {detail?.(rowDetail.selected)}
          </DetailPanel>
        )}
        {!rowDetail.selected && rowDetail.addressProblem && (
          <DetailAddressNote sentence={rowDetail.addressProblem} onClose={rowDetail.dismissAddressProblem} />
        )}
      </div>
    </>
  );
}
