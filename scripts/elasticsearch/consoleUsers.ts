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
import { convergeUsersRoles, holdsExactly } from './fileRealmRoles';
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
export const CONSOLE_USERS: readonly Omit<ConsoleUser, 'password'>[] = [
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

/**
 * A cluster role's privileges: the reader (mapped to no console role) reads the logs and nothing else.
 * The admin may act as each console user (`run_as`), which the role mapping's dry run by user name uses
 * to ask the cluster who they are: the file realm lists no users through the user API.
 */
function privilegesOf(role: string): object {
  if (role.includes('_desk_')) return {};
  // The reader may read but not list an index's words, as a cluster may grant: prefixes then take the regexp.
  if (role === 'audit_console_reader')
    return { cluster: ['monitor'], indices: [{ ...READ_LOGS, privileges: ['read'] }] };
  const indices = [READ_LOGS, WRITE_JOURNAL];
  if (role === 'audit_console_auditor' || role === 'audit_console_admin') indices.push(READ_JOURNAL);
  if (role !== 'audit_console_admin') return { cluster: ['monitor'], indices };
  indices.push(WRITE_ROLE_MAPPING);
  return { cluster: ['monitor'], indices, run_as: CONSOLE_USERS.map((user) => user.username) };
}

/** File-realm roles: JSON is valid YAML, one role per line. */
function rolesYaml(): string {
  const names = new Set(CONSOLE_USERS.flatMap((user) => user.clusterRoles));
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
 * connection file (0600). Users already there whose password is accepted keep it, and every user is
 * given exactly the roles defined here (in `users_roles`), so a changed definition reaches a node
 * that already has the user. Returns once the node reports each user with those roles.
 */
export async function ensureConsoleUsers(
  target: ConsoleUsersTarget,
  file: string,
  defined: readonly Omit<ConsoleUser, 'password'>[] = CONSOLE_USERS,
): Promise<ConsoleUsersFile> {
  writeFileSync(join(target.configDir, 'roles.yml'), rolesYaml());
  const known = readConsoleUsers(file);
  const users: ConsoleUser[] = [];
  for (const user of defined) {
    const previous = known?.users.find((candidate) => candidate.username === user.username);
    if (previous && (await authenticatedRoles(target.url, previous)) !== null) {
      users.push({ ...user, password: previous.password });
      continue;
    }
    const password = randomBytes(18).toString('base64url');
    await target.runTool('elasticsearch-users', ['userdel', user.username]).catch(() => undefined);
    await target.runTool('elasticsearch-users', ['useradd', user.username, '-p', password]);
    users.push({ ...user, password });
  }
  convergeRoles(target.configDir, users);
  await giveToServiceUser([target.configDir]);
  const written: ConsoleUsersFile = { url: target.url, users };
  writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`, { mode: 0o600 });
  await waitUntilAccepted(target.url, users);
  await writeDeskDirectory(target);
  await createJournalIndex(target);
  return written;
}

/** Rewrites `users_roles` only when a user's roles differ from the definitions (a rewrite makes the realm reload). */
function convergeRoles(configDir: string, users: readonly ConsoleUser[]): void {
  const path = join(configDir, 'users_roles');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const converged = convergeUsersRoles(current, users);
  if (converged !== current) writeFileSync(path, converged, { mode: 0o660 });
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

/** The file realm reloads its files within seconds; wait until every user is accepted with their defined roles. */
async function waitUntilAccepted(url: string, users: readonly ConsoleUser[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (const user of users) {
    for (;;) {
      const roles = await authenticatedRoles(url, user);
      if (roles !== null && holdsExactly(roles, user.clusterRoles)) break;
      if (Date.now() > deadline) {
        const held = roles === null ? 'does not accept its password' : `reports the roles [${roles.join(', ')}]`;
        throw new Error(
          `The node ${held} for the file-realm user ${user.username} (defined: [${user.clusterRoles.join(', ')}])`,
        );
      }
      await sleep(500);
    }
  }
}

/** The roles the node reports for a user (`_security/_authenticate`), or null when it refuses the password. */
export async function authenticatedRoles(
  url: string,
  user: Pick<ConsoleUser, 'username' | 'password'>,
): Promise<string[] | null> {
  const response = await fetch(`${url}/_security/_authenticate`, { headers: { authorization: basic(user) } }).catch(
    () => null,
  );
  if (!response?.ok) return null;
  const body = (await response.json()) as { roles?: unknown };
  return Array.isArray(body.roles) ? body.roles.filter((role): role is string => typeof role === 'string') : [];
}

function basic(user: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
}
