/** A user and the cluster roles the scripts define for them. */
export interface DefinedRoles {
  username: string;
  clusterRoles: readonly string[];
}

/**
 * The file realm's `users_roles` (`role:user1,user2` per line) with every defined user holding exactly
 * their defined roles; users the scripts do not define keep theirs. The realm reports a user's roles in
 * the order of these lines, so the defined roles come first, in their defined order, then the others in
 * the order they had; users on a line are in name order.
 */
export function convergeUsersRoles(text: string, defined: readonly DefinedRoles[]): string {
  const ours = new Set(defined.map((user) => user.username));
  const members = new Map<string, Set<string>>(
    defined.flatMap((user) => user.clusterRoles).map((role) => [role, new Set<string>()]),
  );
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
  const lines = [...members]
    .filter(([, users]) => users.size > 0)
    .map(([role, users]) => `${role}:${[...users].sort().join(',')}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Whether the roles the cluster reports for a user are exactly the defined ones (in any order). */
export function holdsExactly(reported: readonly string[], defined: readonly string[]): boolean {
  return reported.length === defined.length && defined.every((role) => reported.includes(role));
}
