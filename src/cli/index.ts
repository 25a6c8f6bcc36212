import { UsageError, type CliCommand } from './CliCommand';

interface CommandEntry {
  summary: string;
  /** Loaded only when run: a command pulls in only what it needs. */
  load: () => Promise<CliCommand>;
}

/** Every command of `audit-console`; a new one is one entry here and its own module. */
const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  serve: {
    summary: 'browser mode on 127.0.0.1, opened through single-use addresses',
    load: async () => (await import('./serveCommand')).serveCommand,
  },
  whoami: {
    summary: 'whoami [--source NAME|local]: who the console takes you for, as JSON',
    load: async () => (await import('./whoamiCommand')).whoamiCommand,
  },
  export: {
    summary: 'export what a query matches to CSV, NDJSON or a signed bundle',
    load: async () => (await import('./exportCommand')).exportCommand,
  },
  verify: {
    summary: 'check an investigation bundle and name whatever was altered',
    load: async () => (await import('./verifyCommand')).verifyCommand,
  },
  open: {
    summary: 'open PATH: browser mode reading a verified bundle, read-only',
    load: async () => (await import('./openCommand')).openCommand,
  },
  journal: {
    summary: 'journal verify [PATH] [--against S]: check the operators journal, and its copy on a cluster',
    load: async () => {
      const { journalCommand, JOURNAL_USAGE } = await import('./journalCommand');
      return { usage: JOURNAL_USAGE, run: journalCommand };
    },
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}`);
  return ['usage: audit-console <command> [options]', '', ...lines, '', 'audit-console <command> --help'].join('\n');
}

const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || wantsHelp([name])) {
    (name === undefined ? console.error : console.log)(usage());
    return name === undefined ? 2 : 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  const command = await entry.load();
  if (wantsHelp(args)) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${command.usage}`);
      return 2;
    }
    console.error(`audit-console ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
