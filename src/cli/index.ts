import { serveCommand } from './serveCommand';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: () => Promise<Command>; summary: string }>> = {
  serve: { run: () => Promise.resolve(serveCommand), summary: 'browser mode on 127.0.0.1 with a per-launch token' },
  journal: {
    run: async () => (await import('./journalCommand')).journalCommand,
    summary: 'journal verify [PATH]: check the operators journal has not been altered',
  },
  export: {
    run: async () => (await import('./exportCommand')).exportCommand.run,
    summary: 'export what a query matches to CSV, NDJSON or a signed bundle',
  },
  verify: {
    run: async () => (await import('./verifyCommand')).verifyCommand.run,
    summary: 'check an investigation bundle and name whatever was altered',
  },
  seed: {
    run: async () => (await import('./seedCommand')).seedCommand,
    summary: 'generate CRM logs into Elasticsearch',
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}`);
  return ['usage: audit-console <command> [options]', ...lines].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    console.error(usage());
    return 2;
  }
  return (await command.run())(args);
}

process.exitCode = await main(process.argv.slice(2));
