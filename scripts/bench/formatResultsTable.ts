import { meetsTarget, type Figure } from './benchmark';

export interface BenchmarkOutcome {
  name: string;
  description: string;
  figures: Figure[];
  error?: string;
}

function formatValue(value: number, unit: Figure['unit']): string {
  return unit === 'docs/s' || unit === 'rows/s'
    ? `${Math.round(value).toLocaleString('en')} ${unit}`
    : `${value.toFixed(1)} ${unit}`;
}

function verdict(figure: Figure): string {
  const met = meetsTarget(figure);
  if (met === undefined || !figure.target) return '';
  if ('atLeast' in figure.target) {
    return `${met ? 'PASS' : 'MISS'} (target >= ${formatValue(figure.target.atLeast, figure.unit)})`;
  }
  if ('atMost' in figure.target) {
    return `${met ? 'PASS' : 'MISS'} (target <= ${formatValue(figure.target.atMost, figure.unit)})`;
  }
  if ('minRatio' in figure.target) return `${met ? 'PASS' : 'MISS'} (target >= ${figure.target.minRatio}x)`;
  const plus = figure.target.plusMs ? ` + ${figure.target.plusMs} ms` : '';
  return `${met ? 'PASS' : 'MISS'} (target <= ${figure.target.maxRatio}x${plus})`;
}

/** A plain-text table: each figure, its peer, the ratio between them and the verdict against the target. */
export function formatResultsTable(outcomes: readonly BenchmarkOutcome[]): string {
  const header = ['benchmark', 'figure', 'value (p50)', 'p90', 'peer', 'peer value', 'ratio', 'verdict'];
  const rows: string[][] = [];
  for (const outcome of outcomes) {
    if (outcome.error) rows.push([outcome.name, `FAILED: ${outcome.error}`, '', '', '', '', '', '']);
    for (const figure of outcome.figures) {
      const ratio = figure.peer && figure.peer.value > 0 ? `${(figure.value / figure.peer.value).toFixed(2)}x` : '';
      rows.push([
        outcome.name,
        figure.name,
        formatValue(figure.value, figure.unit),
        figure.p90 === undefined ? '' : formatValue(figure.p90, figure.unit),
        figure.peer?.name ?? '',
        figure.peer ? formatValue(figure.peer.value, figure.unit) : '',
        ratio,
        verdict(figure),
      ]);
    }
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
