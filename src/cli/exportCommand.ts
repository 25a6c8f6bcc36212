import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ExportPurpose, type ExportJob } from '../shared/contract/exportChannels';
import type { Result } from '../shared/contract/errors';
import { LogQuery } from '../shared/query/logQuery';
import { showHiddenCharacters } from '../shared/domain/hiddenCharacters';
import type { OperatorIdentity } from '../shared/domain/identity';
import { ROLE_LABELS, type Role } from '../shared/domain/roles';
import { formatFingerprint } from '../main/export/signing/bundleKey';
import { UsageError, type CliCommand } from './CliCommand';
import { defaultDataDir } from './defaultDataDir';
import { openCliConsole } from './openCliConsole';
import { describeProgress } from './progressLine';
import { forCommandLine } from './commandLineWords';
import { flagOf, refusalSentence } from './refusalSentence';

export const EXPORT_USAGE = `usage: audit-console export --source <connection name | local | demo> --family operational|activity
                            --format csv|ndjson|bundle --out PATH [options]

  --source S         a saved connection (its secret from ES_PASSWORD or ES_API_KEY), local (ES_URL, else the
                     node \`npm run es:start\` runs) or demo (the demo workspace)
  --index-prefix P   prefix of the index patterns (e.g. it- for the test indices)
  --family F         operational or activity
  --client ID        only this client (repeat for several)
  --from ISO         from this instant (e.g. 2026-10-01T00:00:00Z)
  --to ISO           up to this instant
  --text T           free text, as in the grid's search box
  --format F         csv, ndjson or bundle (a signed investigation bundle, .acbundle)
  --out PATH         the file to write; its folder must exist
  --purpose TEXT     why you export (asked for when missing and a terminal is attached)
  --force            replace PATH if it exists (asked for when a terminal is attached)
  --time-zone ZONE   zone of the CSV's local-time column (default: this machine's)
  --data-dir DIR     settings, journal and bundle key (default: $XDG_DATA_HOME/audit-console)`;

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      options: {
        source: { type: 'string' },
        'index-prefix': { type: 'string', default: '' },
        family: { type: 'string' },
        client: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        text: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        purpose: { type: 'string' },
        force: { type: 'boolean', default: false },
        'time-zone': { type: 'string' },
        'data-dir': { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function queryOf(values: ReturnType<typeof parse>): LogQuery {
  if (values.family !== 'operational' && values.family !== 'activity') {
    throw new UsageError('--family must be operational or activity');
  }
  if (values.client?.some((id) => id.trim() === ''))
    throw new UsageError('--client: give a client id, not an empty one');
  const range = values.from || values.to ? { kind: 'absolute', from: values.from, to: values.to } : undefined;
  const parsed = LogQuery.safeParse({
    family: values.family,
    filters: values.client ? { clientId: values.client } : {},
    ...(values.text ? { text: values.text } : {}),
    ...(range ? { timeRange: range } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    const sentence = refusalSentence({ message: issue?.message ?? 'not a query the console can run', field });
    throw new UsageError(flagOf(field) === undefined ? `The query: ${sentence}` : sentence);
  }
  return parsed.data;
}

async function ask(question: string): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await prompt.question(question)).trim();
  } finally {
    prompt.close();
  }
}

async function purposeOf(given: string | undefined): Promise<string> {
  let purpose = given?.trim();
  if (!purpose) {
    if (!process.stdin.isTTY)
      throw new UsageError('--purpose is required: say why you export (it goes into the journal)');
    purpose = await ask('Why do you export this (it goes into the journal)? ');
  }
  // Checked before the source is opened: a purpose main would refuse costs no connection.
  const checked = ExportPurpose.safeParse(purpose);
  if (!checked.success) throw new UsageError(`--purpose: ${checked.error.issues[0]?.message ?? 'give a purpose'}`);
  return checked.data;
}

async function replaceAllowed(path: string, force: boolean): Promise<boolean> {
  if (force || !existsSync(path)) return force;
  if (!process.stdin.isTTY) return false;
  return /^y(es)?$/i.test(await ask(`${path} exists. Replace it? [y/N] `));
}

function report(job: ExportJob): string {
  const lines = [job.summary, `Written: ${job.file ?? ''} (${(job.bytesWritten / 1024 / 1024).toFixed(1)} MB)`];
  if (job.signerFingerprint) {
    lines.push(`Signed with this workstation's bundle key ${formatFingerprint(job.signerFingerprint)}`);
    lines.push('Give this fingerprint to whoever verifies the bundle (audit-console verify PATH --trust FINGERPRINT).');
  }
  const redacted = job.redactions.map((each) => `${each.count.toLocaleString('en')} ${each.rule}`).join(', ');
  lines.push(redacted ? `Redacted: ${redacted}.` : 'Redacted: nothing needed redacting.');
  return lines.join('\n');
}

/** Who the export acts as, as the console resolved them: on a cluster, the user its credentials belong to. */
function actingAs(identity: OperatorIdentity, name: string, role: Role): string {
  return `${identity.source === 'cluster' ? `cluster user ${identity.user}` : name} (${ROLE_LABELS[role]})`;
}

/** `audit-console export`: the console's own export, as its operator, with a progress line. */
export async function runExportCommand(args: string[]): Promise<number> {
  const values = parse(args);
  if (!values.source || !values.format || !values.out)
    throw new UsageError('--source, --family, --format and --out are required');
  if (!['csv', 'ndjson', 'bundle'].includes(values.format))
    throw new UsageError('--format must be csv, ndjson or bundle');
  const query = queryOf(values);
  const out = resolve(values.out);
  const purpose = await purposeOf(values.purpose);
  const replace = await replaceAllowed(out, values.force);
  let opened;
  try {
    opened = await openCliConsole({
      source: values.source,
      indexPrefix: values['index-prefix'],
      dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    });
  } catch (error) {
    console.error(`Cannot export: ${(error as Error).message}`);
    return 1;
  }
  const { core, identity, operatorName, label, credentialsStep } = opened;
  if (identity.role === null) {
    console.error(
      forCommandLine(`Cannot export: ${identity.notice ?? 'no console role is mapped to you.'}`, credentialsStep),
    );
    await core.close();
    return 1;
  }
  const jobId = randomUUID();
  const target = { directory: dirname(out), fileName: basename(out), replace };
  const request =
    values.format === 'bundle'
      ? { jobId, queries: [query], target, purpose }
      : {
          jobId,
          format: values.format,
          queries: [query],
          target,
          purpose,
          ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}),
        };
  console.error(
    `Exporting ${query.family} logs from ${label} as ${actingAs(identity, operatorName, identity.role)} to ${showHiddenCharacters(out)}`,
  );
  const cancel = new AbortController();
  const onInterrupt = () => cancel.abort();
  process.once('SIGINT', onInterrupt);
  const progress = describeProgress(
    process.stderr,
    () => core.router.handle('export/status', { jobId }, { trusted: true }) as Promise<Result<ExportJob>>,
  );
  try {
    const channel = values.format === 'bundle' ? 'bundle/start' : 'export/start';
    const answer = (await core.router.handle(channel, request, {
      trusted: true,
      signal: cancel.signal,
    })) as Result<ExportJob>;
    await progress.stop();
    if (!answer.ok) {
      console.error(
        answer.code === 'ALREADY_EXISTS'
          ? `${answer.message} Pass --force to replace it.`
          : forCommandLine(refusalSentence(answer), credentialsStep),
      );
      return answer.code === 'CANCELLED' ? 130 : 1;
    }
    console.log(report(answer.data));
    return 0;
  } finally {
    await progress.stop();
    process.off('SIGINT', onInterrupt);
    await core.close();
  }
}

export const exportCommand: CliCommand = { usage: EXPORT_USAGE, run: runExportCommand };
