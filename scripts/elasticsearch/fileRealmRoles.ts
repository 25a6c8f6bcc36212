/** A user and the cluster roles the scripts define for them. */
export interface DefinedRoles {
  username: string;
  clusterRoles: readonly string[];
}

/**
 * The file realm's `users_roles` (`role:user1,user2` per line) with every defined user holding exactly
 * their defined roles; users the scripts do not define keep theirs. Roles end up in name order, their
 * users too, so the same definitions always give the same text.
 */
export function convergeUsersRoles(text: string, defined: readonly DefinedRoles[]): string {
  const ours = new Set(defined.map((user) => user.username));
  const members = new Map<string, Set<string>>();
  const add = (role: string, username: string) => {
    const users = members.get(role) ?? new Set<string>();
    users.add(username);
    members.set(role, users);
  };
  for (const line of text.split('\n')) {
    const separator = line.indexOf(':');
    if (line.trim().startsWith('#') || separator <= 0) continue;
    const role = line.slice(0, separator).trim();
    for (const username of line.slice(separator + 1).split(',')) {
      const name = username.trim();
      if (name !== '' && !ours.has(name)) add(role, name);
    }
  }
  for (const user of defined) for (const role of user.clusterRoles) add(role, user.username);
  const lines = [...members.keys()].sort().map((role) => `${role}:${[...(members.get(role) ?? [])].sort().join(',')}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Whether the roles the cluster reports for a user are exactly the defined ones (in any order). */
export function holdsExactly(reported: readonly string[], defined: readonly string[]): boolean {
  return reported.length === defined.length && defined.every((role) => reported.includes(role));
}
