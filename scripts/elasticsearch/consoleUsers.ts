import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { datasetPopulation } from '../../src/main/demoData/generateDataset';
import { JOURNAL_INDEX_MAPPINGS } from '../../src/main/journal/journalIndex';
import { JOURNAL_INDEX } from '../../src/shared/domain/journal';
import { DESK_DIRECTORY_INDEX, ROLE_MAPPING_INDEX, deskRoleName, deskSlug } from '../../src/shared/domain/identity';
import { Role } from '../../src/shared/domain/roles';
import { FIXTURE_DATASET } from '../../tests/integration/support/fixtureDataset';
import { sleep } from './exec';
import { giveToServiceUser } from './serviceUser';

/** The desk the support lead leads: the fixture's clients whose manager sits on it are theirs. */
export const SUPPORT_LEAD_DESK = 'Sales EN';

const ConsoleUser = z.object({
  username: z.string(),
  password: z.string(),
  /** The console role the default role mapping gives this user; null: none (the unmapped user). */
  consoleRole: Role.nullable(),
  clusterRoles: z.array(z.string()),
});
export type ConsoleUser = z.infer<typeof ConsoleUser>;

const ConsoleUsersFile = z.object({ url: z.string(), users: z.array(ConsoleUser) });
export type ConsoleUsersFile = z.infer<typeof ConsoleUsersFile>;

/** One user per console role, and one whose only cluster role maps to none. */
const USERS: readonly Omit<ConsoleUser, 'password'>[] = [
  { username: 'ac-auditor', consoleRole: 'auditor', clusterRoles: ['audit_console_auditor'] },
  { username: 'ac-risk-officer', consoleRole: 'riskOfficer', clusterRoles: ['audit_console_risk_officer'] },
  { username: 'ac-investigator', consoleRole: 'investigator', clusterRoles: ['audit_console_investigator'] },
  {
    username: 'ac-support-lead',
    consoleRole: 'supportLead',
    clusterRoles: ['audit_console_support_lead', deskRoleName(SUPPORT_LEAD_DESK)],
  },
  { username: 'ac-admin', consoleRole: 'admin', clusterRoles: ['audit_console_admin'] },
  { username: 'ac-unmapped', consoleRole: null, clusterRoles: ['audit_console_reader'] },
];

/** What every console user may read: the log families under any prefix, the desk directory and role mapping. */
const READ_LOGS = {
  names: ['*crm-operational-logs-*', '*crm-client-activity-*', DESK_DIRECTORY_INDEX, ROLE_MAPPING_INDEX],
  privileges: ['read', 'view_index_metadata'],
};
/** Every mapped role adds its journal lines to the cluster's journal index; none may change or delete one. */
const WRITE_JOURNAL = { names: [JOURNAL_INDEX], privileges: ['create_doc'] };
/** Auditors and admins read the journal; admins also write the role mapping. */
const READ_JOURNAL = { names: [JOURNAL_INDEX], privileges: ['read'] };
const WRITE_ROLE_MAPPING = { names: [ROLE_MAPPING_INDEX], privileges: ['write', 'create_index'] };

/** A cluster role's privileges: the reader (mapped to no console role) reads and writes nothing else. */
function privilegesOf(role: string): object {
  if (role.includes('_desk_')) return {};
  const indices = [READ_LOGS];
  if (role !== 'audit_console_reader') indices.push(WRITE_JOURNAL);
  if (role === 'audit_console_auditor' || role === 'audit_console_admin') indices.push(READ_JOURNAL);
  if (role === 'audit_console_admin') indices.push(WRITE_ROLE_MAPPING);
  return { cluster: ['monitor'], indices };
}

/** File-realm roles: JSON is valid YAML, one role per line. */
function rolesYaml(): string {
  const names = new Set(USERS.flatMap((user) => user.clusterRoles));
  const lines = [...names].map((name) => `${name}: ${JSON.stringify(privilegesOf(name))}`);
  return `# Written by scripts/elasticsearch on every start; edits are overwritten.\n${lines.join('\n')}\n`;
}

export function consoleUsersFile(connectionFile: string): string {
  return join(dirname(connectionFile), 'elasticsearch-users.json');
}

export function readConsoleUsers(file: string): ConsoleUsersFile | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = ConsoleUsersFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : undefined;
}

export interface ConsoleUsersTarget {
  url: string;
  elastic: { username: string; password: string };
  configDir: string;
  /** Runs an Elasticsearch CLI tool of the node (as the service user when root). */
  runTool: (tool: string, args: string[]) => Promise<void>;
}

/**
 * Creates, in the node's file realm (the test node has no security index, so no native realm or API
 * keys), one user per console role with a generated password, the support lead's desk role, and the
 * desk directory naming that desk's fixture clients; writes names and passwords beside the
 * connection file (0600). Users already there and accepted are kept.
 */
export async function ensureConsoleUsers(target: ConsoleUsersTarget, file: string): Promise<ConsoleUsersFile> {
  writeFileSync(join(target.configDir, 'roles.yml'), rolesYaml());
  const known = readConsoleUsers(file);
  const users: ConsoleUser[] = [];
  for (const user of USERS) {
    const previous = known?.users.find((candidate) => candidate.username === user.username);
    if (previous && (await authenticates(target.url, previous))) {
      users.push({ ...user, password: previous.password });
      continue;
    }
    const password = randomBytes(18).toString('base64url');
    await target.runTool('elasticsearch-users', ['userdel', user.username]).catch(() => undefined);
    await target.runTool('elasticsearch-users', [
      'useradd',
      user.username,
      '-p',
      password,
      '-r',
      user.clusterRoles.join(','),
    ]);
    users.push({ ...user, password });
  }
  await giveToServiceUser([target.configDir]);
  const written: ConsoleUsersFile = { url: target.url, users };
  writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`, { mode: 0o600 });
  await waitUntilAccepted(target.url, users);
  await writeDeskDirectory(target);
  await createJournalIndex(target);
  return written;
}

async function writeDeskDirectory(target: ConsoleUsersTarget): Promise<void> {
  const clientIds = datasetPopulation(FIXTURE_DATASET)
    .clients.filter((client) => client.profile.desk === SUPPORT_LEAD_DESK)
    .map((client) => client.id);
  if (clientIds.length === 0) {
    throw new Error(`The fixture dataset has no clients on the desk "${SUPPORT_LEAD_DESK}"; choose one of its desks.`);
  }
  const response = await fetch(
    `${target.url}/${DESK_DIRECTORY_INDEX}/_doc/${deskSlug(SUPPORT_LEAD_DESK)}?refresh=true`,
    {
      method: 'PUT',
      headers: { authorization: basic(target.elastic), 'content-type': 'application/json' },
      body: JSON.stringify({ desk: SUPPORT_LEAD_DESK, clientIds }),
    },
  );
  if (!response.ok) throw new Error(`Writing the desk directory failed: ${response.status} ${await response.text()}`);
}

/** The cluster's journal index with the mapping readers filter on, made once. */
async function createJournalIndex(target: ConsoleUsersTarget): Promise<void> {
  const response = await fetch(`${target.url}/${JOURNAL_INDEX}`, {
    method: 'PUT',
    headers: { authorization: basic(target.elastic), 'content-type': 'application/json' },
    body: JSON.stringify({ mappings: JOURNAL_INDEX_MAPPINGS }),
  });
  if (response.ok) return;
  const body = await response.text();
  if (!body.includes('resource_already_exists_exception')) {
    throw new Error(`Creating the journal index failed: ${response.status} ${body}`);
  }
}

/** The file realm reloads its files within seconds; wait until every user is accepted. */
async function waitUntilAccepted(url: string, users: readonly ConsoleUser[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (const user of users) {
    while (!(await authenticates(url, user))) {
      if (Date.now() > deadline) throw new Error(`The node does not accept the file-realm user ${user.username}`);
      await sleep(500);
    }
  }
}

async function authenticates(url: string, user: Pick<ConsoleUser, 'username' | 'password'>): Promise<boolean> {
  const response = await fetch(`${url}/_security/_authenticate`, { headers: { authorization: basic(user) } }).catch(
    () => null,
  );
  return response?.ok ?? false;
}

function basic(user: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
}
