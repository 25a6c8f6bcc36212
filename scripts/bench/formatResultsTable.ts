import { meetsTarget, type Figure } from './benchmark';

export interface BenchmarkOutcome {
  name: string;
  description: string;
  figures: Figure[];
  error?: string;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function verdict(figure: Figure): string {
  const met = meetsTarget(figure);
  if (met === undefined || !figure.target) return '';
  const plus = figure.target.plusMs ? ` + ${figure.target.plusMs} ms` : '';
  return `${met ? 'PASS' : 'MISS'} (target <= ${figure.target.maxRatio}x${plus})`;
}

/** A plain-text table: each figure, its peer, the ratio between them and the verdict against the target. */
export function formatResultsTable(outcomes: readonly BenchmarkOutcome[]): string {
  const header = ['benchmark', 'figure', 'p50', 'p90', 'peer', 'peer p50', 'ratio', 'verdict'];
  const rows: string[][] = [];
  for (const outcome of outcomes) {
    if (outcome.error) rows.push([outcome.name, `FAILED: ${outcome.error}`, '', '', '', '', '', '']);
    for (const figure of outcome.figures) {
      const ratio = figure.peer && figure.peer.value > 0 ? `${(figure.value / figure.peer.value).toFixed(2)}x` : '';
      rows.push([
        outcome.name,
        figure.name,
        ms(figure.value),
        figure.p90 === undefined ? '' : ms(figure.p90),
        figure.peer?.name ?? '',
        figure.peer ? ms(figure.peer.value) : '',
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
