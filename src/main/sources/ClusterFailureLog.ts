import { ConsoleError, type ErrorCode } from '../../shared/contract/errors';
import { redactText } from '../redaction/sensitiveText';

/** Why the chosen cluster could not be used, as the operator reads it. */
export interface ClusterFailure {
  code: ErrorCode;
  /** What the operator reads: the cluster's own actionable message, or where a fault's details are. */
  reason: string;
  /** The console's own code failed: nothing is known of the cluster. */
  consoleFault: boolean;
}

/** What the operator reads of a fault of the console's own: where the details are, never the cluster's fault. */
export const CONSOLE_FAULT_REASON = 'the console failed internally; the details are in the main process log';

export interface ClusterFailureLogOptions {
  /** The main process log; `console.error` unless a test listens. */
  log?: (line: string) => void;
  /** False where the caller prints the cluster's failure itself (the command line): only faults are logged. */
  logClusterFailures?: boolean;
}

/**
 * Says why a cluster could not be used, and writes it to the main process log. A failure the cluster
 * caused (unreachable, credentials refused, no answer in time) keeps its own message, and is logged once
 * while it lasts rather than on every call that meets it. Anything else is a fault of the console's own
 * code: named so, never as an outage, and logged every time with its stack. No line carries a secret.
 */
export class ClusterFailureLog {
  private lastLogged: string | null = null;
  private readonly log: (line: string) => void;
  private readonly logClusterFailures: boolean;

  /** `asking` says what could not be learnt, for the log: "who the operator is", "the cluster's status". */
  constructor(
    private readonly asking: string,
    { log = console.error, logClusterFailures = true }: ClusterFailureLogOptions = {},
  ) {
    this.log = log;
    this.logClusterFailures = logClusterFailures;
  }

  describe(error: unknown): ClusterFailure {
    if (error instanceof ConsoleError) {
      const line = `[cluster] ${this.asking} could not be learnt (${error.code}): ${redactText(error.message)}`;
      // A call its caller gave up on says nothing of the cluster.
      if (error.code !== 'CANCELLED' && line !== this.lastLogged) {
        this.lastLogged = line;
        if (this.logClusterFailures) this.log(line);
      }
      return { code: error.code, reason: error.message, consoleFault: false };
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.log(`[cluster] ${this.asking} could not be learnt, by a fault of the console's own: ${redactText(detail)}`);
    return { code: 'INTERNAL', reason: CONSOLE_FAULT_REASON, consoleFault: true };
  }

  /** The cluster answered: its next failure is logged again, even one like the last. */
  cleared(): void {
    this.lastLogged = null;
  }
}
