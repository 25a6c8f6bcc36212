import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CallerResolver, DEMO_NOTICE } from '../main/access/CallerResolver';
import { resolveOperator } from '../main/access/resolveOperator';
import { browserModeSettings } from '../main/browser/startBrowserMode';
import { openClusterSource } from '../main/sources/openClusterSource';
import type { OperatorIdentity } from '../shared/domain/identity';
import { connectionLabel } from '../shared/domain/settings';
import { UsageError, type CliCommand } from './CliCommand';
import { cliSource } from './cliConnection';
import { defaultDataDir } from './defaultDataDir';

export const WHOAMI_USAGE = `usage: audit-console whoami [--source <connection name | local>] [--data-dir DIR]

Prints, as JSON, who the console takes you for: the user, the cluster roles, the console role and
the scope. With a saved connection the cluster is asked; its password or API key comes from
ES_PASSWORD or ES_API_KEY (the command line keeps no stored secret). With no --source, the cluster
of ES_URL (ES_USERNAME/ES_PASSWORD or ES_API_KEY). "local" is the workstation's own roles, which
only the demo workspace uses. Exits 1 when no console role can be vouched for.

  --source NAME   a saved connection's name, or local
  --data-dir DIR  where the saved connections are (default $XDG_DATA_HOME/audit-console)`;

export const whoamiCommand: CliCommand = {
  usage: WHOAMI_USAGE,
  async run(args) {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        strict: true,
        options: { source: { type: 'string' }, 'data-dir': { type: 'string' } },
      }));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const settings = await browserModeSettings(resolve(values['data-dir'] ?? defaultDataDir())).read();
    const source = await cliSource(values.source, settings, process.env);
    const user = { id: userInfo().username, name: userInfo().username };
    let identity: OperatorIdentity;
    let label = 'local';
    if (source.kind === 'local') {
      const operator = resolveOperator(settings, user);
      const scope = operator.scope ? { clientIds: operator.scope.clientIds, label: null } : null;
      identity = {
        source: 'workstation',
        user: operator.name,
        realm: null,
        clusterRoles: [],
        role: operator.role,
        scope,
        notice: DEMO_NOTICE,
      };
    } else {
      label = connectionLabel(source.connection);
      const opening = openClusterSource(source.connection, source.secrets);
      // A failed open is answered by the resolver; this keeps the rejection from going unhandled.
      opening.catch(() => undefined);
      identity = (await new CallerResolver({ cluster: () => opening }, () => settings, user).current()).identity;
      await (await opening.catch(() => null))?.close();
    }
    console.log(JSON.stringify({ connection: label, ...identity }, null, 2));
    if (identity.source === 'unresolved') {
      console.error(identity.notice ?? 'No console role can be vouched for.');
      return 1;
    }
    return 0;
  },
};
