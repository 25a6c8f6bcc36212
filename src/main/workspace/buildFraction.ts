import type { WorkspaceProgress } from './DemoWorkspaceStatus';

/**
 * Where each phase sits on a 0..1 bar, from timing a 500-client build: generating takes about three
 * quarters of it, ordering the tables most of the rest, saving the last moment.
 */
const PHASE_SPANS: Readonly<Record<WorkspaceProgress['phase'], readonly [number, number]>> = {
  generating: [0, 0.75],
  ordering: [0.75, 0.95],
  saving: [0.95, 1],
};

/** The share of the whole build done, for a progress bar that never goes backwards within a build. */
export function buildFraction({ phase, done, total }: WorkspaceProgress): number {
  const [start, end] = PHASE_SPANS[phase];
  const within = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  return Math.round((start + (end - start) * within) * 1000) / 1000;
}
