import { firstDirection, RANK_COLUMN, sortWords, type RiskSort, type SortKind } from './riskSort';

interface SortHeaderProps {
  name: string;
  kind: SortKind;
  sort: RiskSort;
  onSort: (column: string, kind: SortKind) => void;
}

/**
 * `<SortHeader name kind sort onSort />`: a ranked table's column header that sorts by it: a button (Enter or
 * Space, as any button), `aria-sort` on the cell for the column in use, an arrow after the name (risk.css) showing
 * which way; its title says what the next press does.
 */
export function SortHeader({ name, kind, sort, onSort }: SortHeaderProps) {
  const active = sort.column === name;
  const next = active ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : undefined;
  const title =
    name === RANK_COLUMN
      ? next === 'descending'
        ? 'Show the ranking last first'
        : 'Show the ranking'
      : `Sort by ${name}, ${sortWords(kind, next ?? firstDirection(name, kind))}`;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined}>
      <button type="button" className="risk-sort" title={title} onClick={() => onSort(name, kind)}>
        {name}
      </button>
    </th>
  );
}
