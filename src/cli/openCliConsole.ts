import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { AppInfo } from '../shared/contract/appInfo';
import type { OperatorIdentity } from '../shared/domain/identity';
import type { Operator } from '../shared/domain/roles';
import type { Settings } from '../shared/domain/settings';
import { resolveOperator, type WorkstationUser } from '../main/access/resolveOperator';
import { createConsole, type ConsoleCore } from '../main/createConsole';
import { FileSettingsStore } from '../main/settings/FileSettingsStore';
import type { SettingsStore } from '../main/settings/SettingsStore';
import { openCliSource, PACKAGE_ROOT } from './cliSources';
import { readPackageVersion } from './readPackageVersion';

/**
 * The operator a command acts as: the role the workstation's settings map this user to, with its
 * scope, exactly as in the console. On a workstation not set up yet (no role mappings), where the
 * console would make its user the admin who may grant any role, the command line acts as an
 * investigator instead: exports need that role, and the admin could grant it anyway.
 */
export function resolveCliOperator(settings: Settings, user: WorkstationUser): Operator {
  if (settings.operators.length === 0) return { id: user.id, name: user.name, role: 'investigator', scope: null };
  return resolveOperator(settings, user);
}

/** The settings of one command's run: the workstation's, with the source it names; nothing is saved. */
class RunSettingsStore implements SettingsStore {
  constructor(private settings: Settings) {}

  read(): Promise<Settings> {
    return Promise.resolve(this.settings);
  }

  write(settings: Settings): Promise<void> {
    this.settings = settings;
    return Promise.resolve();
  }
}

export interface CliConsole {
  core: ConsoleCore;
  label: string;
  /** Who the console acts as, as it resolved them: on a cluster, the cluster user its credentials belong to. */
  identity: OperatorIdentity;
  operatorName: string;
  /** What to do when the cluster refuses the credentials (see CliSource). */
  credentialsStep: string;
}

/** The console core behind a command: the same router, permissions, redaction and journal as the app. */
export async function openCliConsole(options: {
  source: string;
  indexPrefix: string;
  dataDir: string;
}): Promise<CliConsole> {
  const settings = await new FileSettingsStore(join(options.dataDir, 'settings.json')).read();
  const source = await openCliSource({ ...options, settings });
  const os = userInfo().username;
  const user = { id: os, name: os };
  const core = await createConsole({
    dataDir: options.dataDir,
    settingsStore: new RunSettingsStore(source.settings),
    secretStore: source.secrets,
    user,
    transport: 'cli',
    version: readPackageVersion(PACKAGE_ROOT),
    resolveOperator: resolveCliOperator,
  });
  const info = await core.router.handle('app/info', {}, { trusted: true });
  if (!info.ok) {
    await core.close();
    throw new Error(info.message);
  }
  const { identity, operator } = info.data as AppInfo;
  return { core, label: source.label, identity, operatorName: operator.name, credentialsStep: source.credentialsStep };
}
