/**
 * One `audit-console` command: it parses its own arguments (throwing UsageError on a mistake) and
 * answers with the process exit code.
 */
export interface CliCommand {
  /** The command's options, printed by `audit-console <command> --help` and after a usage error. */
  usage: string;
  run(args: string[]): Promise<number>;
}

/** A mistake in the arguments: the command prints it with its usage and exits with code 2. */
export class UsageError extends Error {}
