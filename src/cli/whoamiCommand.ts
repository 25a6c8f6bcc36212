import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CallerResolver, DEMO_NOTICE, workstationIdentity } from '../main/access/CallerResolver';
import { FileSettingsStore } from '../main/settings/FileSettingsStore';
import { openClusterSource } from '../main/sources/openClusterSource';
import type { OperatorIdentity } from '../shared/domain/identity';
import { connectionLabel } from '../shared/domain/settings';
import { UsageError, type CliCommand } from './CliCommand';
import { openCliSource } from './cliSources';
import { forCommandLine } from './commandLineWords';
import { defaultDataDir } from './defaultDataDir';
import { resolveCliOperator } from './openCliConsole';

export const WHOAMI_USAGE = `usage: audit-console whoami [--source <connection name | local | demo>] [--data-dir DIR]

Prints, as JSON, who the console and every other command take you for: the user, the cluster roles,
the console role and the scope. On a cluster the cluster is asked; a saved connection's password or
API key comes from ES_PASSWORD or ES_API_KEY (the command line keeps no stored secret). Exits 1 when
no console role can be vouched for.

  --source NAME   a saved connection's name; local (default): ES_URL with ES_USERNAME/ES_PASSWORD or
                  ES_API_KEY, else the node npm run es:start runs; demo: this workstation's own roles
  --data-dir DIR  where the saved connections are (default $XDG_DATA_HOME/audit-console)`;

export const whoamiCommand: CliCommand = {
  usage: WHOAMI_USAGE,
  async run(args) {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        strict: true,
        options: { source: { type: 'string', default: 'local' }, 'data-dir': { type: 'string' } },
      }));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
    const settings = await new FileSettingsStore(join(dataDir, 'settings.json')).read();
    const source = await openCliSource({ source: values.source, indexPrefix: '', settings });
    const os = userInfo().username;
    const local = () => resolveCliOperator(settings, { id: os, name: os });
    const connection = source.settings.connections.find((each) => each.id === source.settings.activeConnectionId);
    let identity: OperatorIdentity;
    if (!connection) {
      identity = workstationIdentity(local(), DEMO_NOTICE);
    } else {
      const opening = openClusterSource(connection, source.secrets);
      // A failed open is answered by the resolver; this keeps the rejection from going unhandled.
      opening.catch(() => undefined);
      // The command prints the cluster's refusal itself; only a fault of the console's own is logged.
      const resolver = new CallerResolver({ cluster: () => opening }, local, { logClusterFailures: false });
      identity = (await resolver.current()).identity;
      await (await opening.catch(() => null))?.close();
    }
    const label = connection ? connectionLabel(connection) : source.label;
    if (identity.notice) identity = { ...identity, notice: forCommandLine(identity.notice, source.credentialsStep) };
    console.log(JSON.stringify({ connection: label, ...identity }, null, 2));
    if (identity.source === 'unresolved') {
      console.error(identity.notice ?? 'No console role can be vouched for.');
      return 1;
    }
    return 0;
  },
};
