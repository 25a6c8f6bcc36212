import { useState } from 'react';
import type { RoleMappingDryRun, RoleMappingUserDryRun } from '../../../../shared/contract/accessChannels';
import type { RoleMappingEntry } from '../../../../shared/domain/identity';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';

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
  return {
    stored,
    entries,
    dryRun,
    message,
    confirm,
    setConfirm,
    change: (index: number, entry: RoleMappingEntry) =>
      edit((current) => current.map((existing, at) => (at === index ? entry : existing))),
    remove: (index: number) => edit((current) => current.filter((_, at) => at !== index)),
    add: () => edit((current) => [...current, { clusterRole: '', consoleRole: 'auditor' }]),
    runDry: async (username: string, roles: string) => {
      const clusterRoles = roles
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean);
      // No roles given: main asks the cluster who the user is, with the admin's own credentials.
      const result =
        clusterRoles.length === 0
          ? await api.dryRunRoleMappingForUser({ entries, username })
          : await api.dryRunRoleMapping({ entries, subject: { username, clusterRoles } });
      setDryRun(result.ok ? result.data : null);
      setMessage(result.ok ? null : { text: result.message, failed: true });
    },
    save: async () => {
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
