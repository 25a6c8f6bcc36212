import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ensureElasticsearch, readLocalConnection } from '../../../../scripts/elasticsearch/connection';
import { authenticatedRoles, CONSOLE_USERS } from '../../../../scripts/elasticsearch/consoleUsers';
import { sleep } from '../../../../scripts/elasticsearch/exec';
import { cacheBase, distributionPaths, nodePaths } from '../../../../scripts/elasticsearch/paths';
import { isRoot } from '../../../../scripts/elasticsearch/serviceUser';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { DESK_DIRECTORY_INDEX } from '../../../../src/shared/domain/identity';
import '../../support/providedContext';

const users = inject('consoleUsers');
const elastic = createElasticsearchClient(inject('elasticsearch'));

afterAll(async () => {
  await elastic.close();
});

function local() {
  const connection = readLocalConnection();
  if (connection?.source !== 'local' || users.length === 0) {
    throw new Error(
      'These tests change the file realm of the node npm run es:start started; ES_URL clusters have none',
    );
  }
  const port = Number(new URL(connection.url).port);
  const usersRoles = join(
    nodePaths(distributionPaths(cacheBase(process.env, isRoot())).versionDir, port).config,
    'users_roles',
  );
  return { port, url: connection.url, usersRoles };
}

function user(username: string) {
  const found = users.find((candidate) => candidate.username === username);
  if (!found) throw new Error(`No cluster user ${username}`);
  return found;
}

async function rolesOnceSettled(url: string, username: string, expected: readonly string[]): Promise<string[] | null> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const roles = await authenticatedRoles(url, user(username));
    if ((roles !== null && [...roles].sort().join() === [...expected].sort().join()) || Date.now() > deadline) {
      return roles;
    }
    await sleep(500);
  }
}

describe('npm run es:start converges the console users of a node that already has them', () => {
  it('gives existing users back the roles it defines, keeps their passwords, and restores the support lead’s desk', async () => {
    const { port, url, usersRoles } = local();
    // The node as a repository with older definitions left it: the auditor a mere reader, the support
    // lead without their desk role, and the desk directory naming no clients.
    const before = readFileSync(usersRoles, 'utf8');
    writeFileSync(
      usersRoles,
      before
        .replace(/^audit_console_auditor:ac-auditor$/m, 'audit_console_reader:ac-auditor')
        .replace(/^audit_console_desk_sales_en:ac-support-lead\n/m, ''),
    );
    await elastic.index({
      index: DESK_DIRECTORY_INDEX,
      id: 'sales_en',
      document: { desk: 'Sales EN', clientIds: [] },
      refresh: true,
    });
    expect(await rolesOnceSettled(url, 'ac-auditor', ['audit_console_reader'])).toEqual(['audit_console_reader']);
    expect(await rolesOnceSettled(url, 'ac-support-lead', ['audit_console_support_lead'])).toEqual([
      'audit_console_support_lead',
    ]);

    await ensureElasticsearch({ port, log: () => undefined });

    for (const defined of CONSOLE_USERS) {
      // Same password as before the run: authenticatedRoles signs in with the one in the users file.
      const roles = await authenticatedRoles(url, user(defined.username));
      expect(roles, defined.username).not.toBeNull();
      expect([...(roles ?? [])].sort(), defined.username).toEqual([...defined.clusterRoles].sort());
    }
    const desk = await elastic.get<{ clientIds: string[] }>({ index: DESK_DIRECTORY_INDEX, id: 'sales_en' });
    expect(desk._source?.clientIds.length).toBeGreaterThan(0);
  });
});
