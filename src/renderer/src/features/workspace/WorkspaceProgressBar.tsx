import type { ReactNode } from 'react';
import type { WorkspaceBuildProgress } from '../../../../shared/contract/workspaceChannels';
import './workspace.css';

function describeProgress(progress: WorkspaceBuildProgress | null): string {
  if (!progress) return 'Opening the demo workspace…';
  switch (progress.phase) {
    case 'generating':
      return `Generating demo logs: day ${progress.done} of ${progress.total}, ${progress.events.toLocaleString()} events`;
    case 'ordering':
      return `Ordering ${progress.events.toLocaleString()} events by time…`;
    case 'saving':
      return 'Saving the demo workspace…';
  }
}

/**
 * The demo workspace build as a bar and a sentence; no bar value while an existing file is checked.
 * `sentence` shows the sentence where it may be cut short (the status bar's part, with its tooltip);
 * elsewhere it shows whole.
 */
export function WorkspaceProgressBar({
  progress,
  sentence = (text) => <span>{text}</span>,
}: {
  progress: WorkspaceBuildProgress | null;
  sentence?: (text: string) => ReactNode;
}) {
  const percent = progress ? Math.round(progress.fraction * 100) : null;
  return (
    <span className="workspace-progress" data-testid="workspace-progress">
      <progress aria-label="Building the demo workspace" max={1} {...(progress ? { value: progress.fraction } : {})} />
      {sentence(`${describeProgress(progress)}${percent === null ? '' : ` (${percent}%)`}`)}
    </span>
  );
}
