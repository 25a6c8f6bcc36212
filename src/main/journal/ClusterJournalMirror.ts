import type { JournalStatus } from '../../shared/contract/journalChannels';
import { ConsoleError } from '../../shared/contract/errors';
import { JOURNAL_INDEX, type JournalLine } from '../../shared/domain/journal';
import type { ClusterSource } from '../sources/openClusterSource';
import { journalDocument } from './journalIndex';

/** The cluster the console reads from now; null on the demo workspace. */
export type ActiveCluster = () => Promise<ClusterSource> | null;

const LOCAL_ONLY = 'The journal stays on this workstation only';

/** Whether the operator's own credentials may add lines to the cluster's journal index, and if not why. */
interface Decision {
  writable: boolean;
  reason: string | null;
}

/**
 * Copies every journal line to the cluster's journal index, with the operator's own credentials, where
 * `_has_privileges` says they may create documents there; elsewhere lines stay in the local file, and
 * `status` says so. The local file stays the chain of record: a copy that fails is said, never retried
 * into a different order, and never holds back the call it records.
 */
export class ClusterJournalMirror {
  private readonly decisions = new WeakMap<ClusterSource, Decision>();
  private queue: Promise<void> = Promise.resolve();
  private lastFailure: string | null = null;
  /** Aborted when the console closes: a copy the cluster holds up must not keep it open. */
  private readonly stopping = new AbortController();

  constructor(
    private readonly cluster: ActiveCluster,
    private readonly workstation: string,
  ) {}

  /** Queues a copy of a line written to the local file; copies are written in the file's order. */
  copy(line: JournalLine): void {
    this.queue = this.queue.then(() => this.write(line)).catch(() => undefined);
  }

  /** Resolves once every queued copy was written or given up. */
  flush(): Promise<void> {
    return this.queue;
  }

  /**
   * Lets queued copies finish for at most `graceMs`, then abandons the rest: their lines are in the
   * local file, which stays the chain of record, and a cluster that holds a request up cannot hold
   * the console open.
   */
  async close(graceMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([this.queue, grace]);
    clearTimeout(timer);
    this.stopping.abort();
    await this.queue;
  }

  async status(signal?: AbortSignal): Promise<JournalStatus> {
    const opening = this.cluster();
    if (!opening) {
      return { destination: 'local', index: null, notice: `${LOCAL_ONLY}: the demo workspace has no cluster.` };
    }
    const decision = await opening.then(
      (cluster) => this.decide(cluster, signal),
      (error: unknown) => ({ writable: false, reason: `the cluster cannot be reached (${messageOf(error)})` }),
    );
    if (!decision.writable) {
      return { destination: 'local', index: null, notice: `${LOCAL_ONLY}: ${decision.reason ?? 'unknown reason'}.` };
    }
    const failure = this.lastFailure ? ` The last copy failed (${this.lastFailure}); it is kept locally.` : '';
    return {
      destination: 'cluster',
      index: JOURNAL_INDEX,
      notice: `Journal lines are kept on this workstation and copied to the cluster index ${JOURNAL_INDEX}.${failure}`,
    };
  }

  private async write(line: JournalLine): Promise<void> {
    const opening = this.cluster();
    const { signal } = this.stopping;
    if (!opening || signal.aborted) return;
    try {
      const cluster = await opening;
      if (!(await this.decide(cluster, signal)).writable) return;
      await cluster.adapter.createDocument(JOURNAL_INDEX, line.id, journalDocument(line, this.workstation), signal);
      this.lastFailure = null;
    } catch (error) {
      if (signal.aborted) return;
      this.lastFailure = messageOf(error);
      console.error(`[journal] line ${line.seq} was not copied to ${JOURNAL_INDEX}: ${this.lastFailure}`);
    }
  }

  /** Asked once per opened cluster; a lookup that fails is not kept, so the next line asks again. */
  private async decide(cluster: ClusterSource, signal?: AbortSignal): Promise<Decision> {
    const known = this.decisions.get(cluster);
    if (known) return known;
    try {
      const held = await cluster.adapter.hasIndexPrivileges(JOURNAL_INDEX, ['create_doc'], signal);
      const decision: Decision = held.create_doc
        ? { writable: true, reason: null }
        : { writable: false, reason: `your cluster user may not write to the journal index ${JOURNAL_INDEX}` };
      this.decisions.set(cluster, decision);
      return decision;
    } catch (error) {
      return { writable: false, reason: `the cluster could not say whether you may write to it (${messageOf(error)})` };
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof ConsoleError || error instanceof Error ? error.message : String(error);
}
