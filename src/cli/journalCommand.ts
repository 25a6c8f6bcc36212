import { stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { JOURNAL_FILE } from '../main/journal/Journal';
import { compareWithClusterCopy, localLineId, readClusterCopy } from '../main/journal/clusterCopy';
import { verifyJournal } from '../main/journal/verifyJournal';
import { FileSettingsStore } from '../main/settings/FileSettingsStore';
import { openClusterSource } from '../main/sources/openClusterSource';
import { openCliSource } from './cliSources';
import { forCommandLine } from './commandLineWords';
import { defaultDataDir } from './defaultDataDir';
import { errnoCode } from '../main/files/errnoCode';

export const JOURNAL_USAGE = [
  'usage: audit-console journal verify [PATH] [--against <connection name | local>] [--workstation NAME]',
  "  PATH           a journal file, or a console's data folder (default: browser mode's data folder)",
  "  --against S    also compare with the copy of this workstation's lines on that cluster's journal",
  '                 index: a file cut short keeps a valid chain, the copy shows the lines it lost',
  "                 (a saved connection's secret from ES_PASSWORD or ES_API_KEY; local: ES_URL, else",
  '                 the node npm run es:start runs)',
  "  --workstation  whose lines to compare with (default: this machine's name, as the console copies them)",
  'Checks the hash chain of the operators journal; exits 0 when intact (and the copy agrees), 1 at the',
  'first broken line or a disagreeing copy, 2 when the journal or the cluster cannot be read.',
].join('\n');

async function journalPath(given: string | undefined): Promise<string> {
  const path = given ?? defaultDataDir();
  return (await stat(path)).isDirectory() ? join(path, ...JOURNAL_FILE) : path;
}

function parse(args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { against: { type: 'string' }, workstation: { type: 'string' } },
    });
    const [action, given, ...rest] = positionals;
    if (action !== 'verify' || rest.length > 0) return null;
    if (values.workstation !== undefined && values.against === undefined) return null;
    return { given, against: values.against, workstation: values.workstation ?? hostname() };
  } catch {
    return null;
  }
}

/**
 * `audit-console journal verify [PATH] [--against SOURCE]`: says whether the journal is intact, or
 * names its first broken line; with a cluster, whether that cluster's copy of the lines agrees.
 */
export async function journalCommand(args: string[]): Promise<number> {
  const options = parse(args);
  if (!options) {
    console.error(JOURNAL_USAGE);
    return 2;
  }
  const { given } = options;
  let path: string;
  try {
    path = await journalPath(given);
    await stat(path);
  } catch (error) {
    const code = errnoCode(error);
    const why = code === 'ENOENT' ? 'no journal there' : (code ?? String(error));
    console.error(`Cannot read the journal at ${given ?? join(defaultDataDir(), ...JOURNAL_FILE)}: ${why}.`);
    return 2;
  }
  const report = await verifyJournal(path);
  for (const line of report.fenced) {
    console.log(`Line ${line} cannot be read (a write cut short by a crash); line ${line + 1} fences it off.`);
  }
  if (report.broken) {
    console.log(`Journal ${path}: BROKEN at line ${report.broken.line}: ${report.broken.reason}.`);
    const intact = report.broken.line - 1;
    console.log(intact === 0 ? 'No line of it is intact.' : `Lines 1 to ${intact} are intact.`);
    return 1;
  }
  console.log(`Journal ${path}: intact, ${report.lines} lines, every line carries the hash of the one before.`);
  if (options.against === undefined) return 0;
  return compareWithCluster(path, report.lines, options.against, options.workstation);
}

/** The data folder a journal file lies in (`<data>/journal/operator-journal.ndjson`): where its saved connections are. */
function dataDirOf(path: string): string {
  return resolve(dirname(path), ...JOURNAL_FILE.slice(0, -1).map(() => '..'));
}

async function compareWithCluster(path: string, lines: number, against: string, workstation: string): Promise<number> {
  let comparison;
  let credentialsStep: string | undefined;
  try {
    const settings = await new FileSettingsStore(join(dataDirOf(path), 'settings.json')).read();
    const chosen = await openCliSource({ source: against, indexPrefix: '', settings });
    credentialsStep = chosen.credentialsStep;
    const connection = chosen.settings.connections.find((each) => each.id === chosen.settings.activeConnectionId);
    if (!connection) throw new Error('the demo workspace keeps no copy of the journal; name a cluster');
    const cluster = await openClusterSource(connection, chosen.secrets);
    try {
      const copy = await readClusterCopy(cluster.adapter, workstation);
      const localIdAtCopyEnd = copy.last && copy.last.seq <= lines ? await localLineId(path, copy.last.seq) : null;
      comparison = compareWithClusterCopy({ workstation, localLines: lines, copy, localIdAtCopyEnd });
    } finally {
      await cluster.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = (credentialsStep ? forCommandLine(message, credentialsStep) : message).replace(/\.$/, '');
    console.error(`Cannot compare with the cluster's copy of the journal: ${reason}.`);
    return 2;
  }
  console.log(comparison.message);
  return comparison.agrees ? 0 : 1;
}
