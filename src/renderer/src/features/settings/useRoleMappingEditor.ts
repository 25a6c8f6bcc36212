import { useState } from 'react';
import {
  DryRunSubject,
  type RoleMappingDryRun,
  type RoleMappingUserDryRun,
} from '../../../../shared/contract/accessChannels';
import { EditedRoleMappingEntry, type RoleMappingEntry } from '../../../../shared/domain/identity';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';

/** What is wrong with each line, in the line's own words; undefined for a line that is fine. */
function lineErrorsOf(entries: readonly RoleMappingEntry[]): (string | undefined)[] {
  return entries.map((entry) => {
    const parsed = EditedRoleMappingEntry.safeParse(entry);
    return parsed.success ? undefined : parsed.error.issues[0]?.message;
  });
}

/** The cluster roles typed for a dry run, one per comma. */
function splitRoles(roles: string): string[] {
  return roles
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
}

export interface DryRunErrors {
  username?: string;
  roles?: string;
}

/** What is wrong with the user a dry run is asked for, by field. */
function dryRunErrorsOf(username: string, clusterRoles: string[]): DryRunErrors {
  const parsed = DryRunSubject.safeParse({ username, clusterRoles });
  if (parsed.success) return {};
  const errors: DryRunErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] === 'username' ? 'username' : 'roles';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The admin's draft of the cluster's role mapping, its dry run and its save. */
export function useRoleMappingEditor() {
  const api = useApi();
  const stored = useRequest(() => api.roleMapping({}), [api]);
  // The admin's edits; until the first one, the mapping as stored.
  const [draft, setDraft] = useState<RoleMappingEntry[] | null>(null);
  const entries = draft ?? stored.data?.entries ?? [];
  const edit = (next: (current: RoleMappingEntry[]) => RoleMappingEntry[]) => setDraft(next(entries));
  // A dry run for a user looked up on the cluster also says what the cluster told about them.
  const [dryRun, setDryRun] = useState<RoleMappingDryRun | RoleMappingUserDryRun | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [confirm, setConfirm] = useState(false);
  // Errors show once the admin asked for something the lines or fields cannot give, then follow each edit.
  const [checked, setChecked] = useState(false);
  const [dryRunErrors, setDryRunErrors] = useState<DryRunErrors>({});
  // Bumped by each Save or Dry run refused for a field at fault, for the editor to take the focus there.
  const [refusals, setRefusals] = useState(0);
  const lineErrors = checked ? lineErrorsOf(entries) : entries.map(() => undefined);
  /** True when every line is fine; otherwise the lines say what is wrong and `action` is not asked. */
  const linesReady = (action: string) => {
    setChecked(true);
    if (lineErrorsOf(entries).every((error) => error === undefined)) return true;
    setMessage({ text: `Fix the marked lines of the role mapping before ${action}.`, failed: true });
    setRefusals((count) => count + 1);
    return false;
  };
  return {
    stored,
    entries,
    dryRun,
    message,
    confirm,
    setConfirm,
    lineErrors,
    dryRunErrors,
    refusals,
    change: (index: number, entry: RoleMappingEntry) =>
      edit((current) => current.map((existing, at) => (at === index ? entry : existing))),
    remove: (index: number) => edit((current) => current.filter((_, at) => at !== index)),
    add: () => edit((current) => [...current, { clusterRole: '', consoleRole: 'auditor' }]),
    runDry: async (username: string, roles: string) => {
      const clusterRoles = splitRoles(roles);
      const errors = dryRunErrorsOf(username, clusterRoles);
      setDryRunErrors(errors);
      if (!linesReady('a dry run')) return;
      if (errors.username !== undefined || errors.roles !== undefined) {
        setDryRun(null);
        setMessage(null);
        setRefusals((count) => count + 1);
        return;
      }
      // No roles given: main asks the cluster who the user is, with the admin's own credentials.
      const result =
        clusterRoles.length === 0
          ? await api.dryRunRoleMappingForUser({ entries, username })
          : await api.dryRunRoleMapping({ entries, subject: { username, clusterRoles } });
      setDryRun(result.ok ? result.data : null);
      setMessage(result.ok ? null : { text: result.message, failed: true });
    },
    save: async () => {
      if (!linesReady('saving')) return;
      const result = await api.saveRoleMapping({ entries, acknowledgeWarnings: confirm });
      setMessage(
        result.ok
          ? { text: 'Role mapping saved on the cluster.', failed: false }
          : { text: result.message, failed: true },
      );
      if (!result.ok) return;
      setDraft(null);
      stored.reload();
    },
  };
}
