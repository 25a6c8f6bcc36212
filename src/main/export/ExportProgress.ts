/** How far an export has got, as the progress bar and the command line's progress line show it. */
export interface ProgressSnapshot {
  rowsWritten: number;
  /** Rows the queries match, once counted; null before. */
  totalRows: number | null;
  rowsPerSecond: number;
  /** Seconds until done at the recent rate; null while unknown. */
  secondsLeft: number | null;
  bytesWritten: number;
}

/** The rate is taken over the last few seconds, so a slow start or a pause does not skew it for long. */
const WINDOW_MS = 5_000;

export class ExportProgress {
  private rows = 0;
  private bytes = 0;
  private total: number | null = null;
  private readonly samples: { at: number; rows: number }[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {
    this.samples.push({ at: this.now(), rows: 0 });
  }

  setTotal(total: number): void {
    this.total = total;
  }

  add(rows: number, bytes: number): void {
    this.rows += rows;
    this.bytes = bytes;
    const at = this.now();
    this.samples.push({ at, rows: this.rows });
    while (this.samples.length > 2 && (this.samples[1]?.at ?? at) < at - WINDOW_MS) this.samples.shift();
  }

  snapshot(): ProgressSnapshot {
    const first = this.samples[0];
    const last = this.samples.at(-1);
    const elapsed = first && last ? (last.at - first.at) / 1000 : 0;
    const rowsPerSecond = first && last && elapsed > 0 ? (last.rows - first.rows) / elapsed : 0;
    const left = this.total === null ? null : Math.max(this.total - this.rows, 0);
    return {
      rowsWritten: this.rows,
      totalRows: this.total,
      rowsPerSecond: Math.round(rowsPerSecond),
      secondsLeft: left === null ? null : left === 0 ? 0 : rowsPerSecond > 0 ? Math.ceil(left / rowsPerSecond) : null,
      bytesWritten: this.bytes,
    };
  }
}
