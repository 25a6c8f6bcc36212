import { ConsoleError } from '../../shared/contract/errors';
import { asSentence, familyProblems } from '../../shared/contract/familyProblems';
import type { ConnectionTestReport, SavedConnectionCheck } from '../../shared/contract/settingsChannels';
import type { ClusterConnection } from '../../shared/domain/settings';
import type { SecretStore } from './SettingsStore';
import { testConnection } from './testConnection';

/**
 * How long each request of the test run after a save may wait: a save answers within seconds even when
 * a node never does, and Test connection, which the operator can cancel, waits the connection's own time.
 */
export const SAVED_TEST_TIMEOUT_MS = 10_000;

function connectedSentence(saved: string, report: ConnectionTestReport): string {
  const as = report.identity ? ` as ${report.identity.username}` : ' (its security is off: no user is checked)';
  const found = `${saved} and tested: connected to Elasticsearch ${report.version ?? '(version unknown)'}${as}.`;
  const problems = familyProblems(report);
  if (problems.length === 0) return found;
  return `${found} ${problems.join(' ')} Check the index patterns; Test connection reports each in full.`;
}

/** What testing found, said to the operator who just saved: whether it was tested, what it found, what to do. */
function describe(connection: ClusterConnection, report: ConnectionTestReport): SavedConnectionCheck {
  const saved = `Saved “${connection.name}”`;
  const { id } = connection;
  if (report.state === 'connected') return { id, state: 'connected', sentence: connectedSentence(saved, report) };
  const detail = asSentence(report.detail ?? 'The cluster could not be used.');
  const retry = detail.includes('Test connection') ? '' : ' Then press Test connection.';
  // A node that answered was asked and refused (credentials, a page that is not a cluster's answer).
  if (report.nodes.some((node) => node.reachable)) {
    return { id, state: 'failed', sentence: `${saved}, but the test failed. ${detail}${retry}` };
  }
  return {
    id,
    state: 'untested',
    sentence: `${saved}, not tested. ${detail} Press Test connection once it can be reached.`,
  };
}

/**
 * Tests a connection just saved, with the values and the secret main saved (never the renderer's word
 * on whether it works), each request allowed `SAVED_TEST_TIMEOUT_MS`. A test that cannot run is said too:
 * saving untested is allowed, so that a connection can be set up offline.
 */
export async function checkSavedConnection(
  connection: ClusterConnection,
  secrets: SecretStore,
  signal?: AbortSignal,
): Promise<SavedConnectionCheck> {
  const timeout = Math.min(connection.requestTimeoutMs, SAVED_TEST_TIMEOUT_MS);
  try {
    return describe(connection, await testConnection({ ...connection, requestTimeoutMs: timeout }, secrets, signal));
  } catch (error) {
    // The connection is saved whatever happened here: the answer says so, and why it was not tested.
    if (!(error instanceof ConsoleError)) console.error('[settings] the saved connection could not be tested', error);
    const why =
      error instanceof ConsoleError ? error.message : 'The test could not run; details are in the main process log';
    return {
      id: connection.id,
      state: 'untested',
      sentence: `Saved “${connection.name}”, not tested. ${asSentence(why)} Then press Test connection.`,
    };
  }
}
