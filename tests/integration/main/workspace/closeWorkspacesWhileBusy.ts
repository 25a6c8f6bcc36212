/**
 * Run as a process of its own (see workspaceCloseWhileBusy.test.ts), since what it guards against is a
 * native crash, which would end any process it ran in. `builds`: closes demo workspaces, several at
 * once, at every stage of their build. `queries`: closes, reopens and resets the demo source while
 * queries run on it. Prints a tally; exits 1 if anything failed other than with a ConsoleError.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleError } from '../../../../src/shared/contract/errors';
import { LogQuery } from '../../../../src/shared/query/logQuery';
import type { LogSource } from '../../../../src/shared/query/logSource';
import { DemoSource } from '../../../../src/main/workspace/DemoSource';
import { DemoWorkspace } from '../../../../src/main/workspace/DemoWorkspace';
import type { WorkspaceProgress } from '../../../../src/main/workspace/DemoWorkspaceStatus';

const BUILD_STAGES = ['queued', 'generating', 'ordering', 'saving'] as const;
const dataset = (clients: number, seed: string) => ({ clients, days: 7, seed, endDate: '2024-03-02' });
const folders: string[] = [];
const unexpected: unknown[] = [];
const tally = { buildsClosed: 0, asked: 0, answered: 0, refused: 0 };

function folder(): string {
  const created = mkdtempSync(join(tmpdir(), 'workspace-close-busy-'));
  folders.push(created);
  return created;
}

/** A build closed at its first report of `stage` ('queued': before it has reported anything). */
async function closeBuildAt(stage: (typeof BUILD_STAGES)[number], seed: string): Promise<void> {
  const workspace = new DemoWorkspace(folder(), { dataset: dataset(40, seed) });
  let closing: Promise<void> | null = null;
  const onProgress = (progress: WorkspaceProgress) => {
    if (progress.phase === stage) closing ??= workspace.close();
  };
  const opened = workspace.open(onProgress);
  if (stage === 'queued') closing = workspace.close();
  await opened;
  await (closing ?? workspace.close());
  tally.buildsClosed += 1;
}

/** Runs queries of every kind; each either answers or is refused with a ConsoleError. */
function queryAll(source: LogSource): Promise<void>[] {
  const activity = LogQuery.parse({ family: 'activity', pageSize: 100 });
  const operational = LogQuery.parse({ family: 'operational', pageSize: 100, text: 'update' });
  const asked = [
    source.search(activity),
    source.search(operational),
    source.facets(operational, ['action', 'businessModel']),
    source.histogram(activity),
    source.distinctCount(operational, 'action'),
  ];
  tally.asked += asked.length;
  return asked.map((answer) =>
    answer.then(
      () => void (tally.answered += 1),
      (error: unknown) => {
        if (error instanceof ConsoleError) tally.refused += 1;
        else unexpected.push(error);
      },
    ),
  );
}

/** Closes, reopens and resets the demo source while queries are in flight on it. */
async function switchUnderQueries(rounds: number): Promise<void> {
  const demo = new DemoSource(new DemoWorkspace(folder(), { dataset: dataset(8, 'queried') }));
  for (let round = 0; round < rounds; round += 1) {
    const source = await demo.current();
    const inFlight = [...queryAll(source), ...queryAll(source)];
    // The first queries are running when the next ones ask for their connections.
    await new Promise((resolve) => setImmediate(resolve));
    inFlight.push(...queryAll(source), ...queryAll(source));
    await (round % 5 === 4 ? demo.reset() : demo.close());
    await Promise.all(inFlight);
  }
  await demo.close();
}

async function main(scenario: string | undefined): Promise<void> {
  if (scenario === 'queries') return switchUnderQueries(10);
  if (scenario !== 'builds') throw new Error(`Name a scenario, builds or queries, not ${scenario}.`);
  // Every timer fires at once: a machine too busy for a build to finish its statement within any grace.
  const setTimer = globalThis.setTimeout;
  globalThis.setTimeout = ((handler: () => void) => setTimer(handler, 0)) as typeof setTimeout;
  for (let round = 0; round < 2; round += 1) {
    await Promise.all(BUILD_STAGES.map((stage) => closeBuildAt(stage, `round-${round}-${stage}`)));
  }
}

main(process.argv[2])
  .catch((error: unknown) => unexpected.push(error))
  .finally(() => {
    for (const created of folders) rmSync(created, { recursive: true, force: true });
    for (const error of unexpected) console.error(error);
    console.log(JSON.stringify({ ...tally, unexpected: unexpected.length }));
    process.exitCode = unexpected.length === 0 ? 0 : 1;
  });
