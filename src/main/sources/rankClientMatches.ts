import { CLIENT_MATCH_LIMIT, clientSearchText, type ClientMatch } from '../../shared/domain/clientDirectory';
import type { ClientCandidates, ClientDetails } from '../../shared/query/clientQueries';

/** Every candidate id, each once, in a fixed order: what the details request asks about. */
export function candidateIds(candidates: ClientCandidates): string[] {
  const ids = new Set<string>();
  for (const party of candidates.parties) ids.add(party.id);
  for (const client of candidates.activityIds) ids.add(client.id);
  for (const match of candidates.emails) ids.add(match.id);
  return [...ids].sort();
}

/** How well a value matches the text: 0 whole, 1 at its start, 2 at a word's start, 3 anywhere, null not. */
function tier(value: string | null, needle: string, whole: boolean): number | null {
  if (value === null) return null;
  const hay = value.toLowerCase();
  const at = hay.indexOf(needle);
  if (at < 0) return null;
  if (whole && hay === needle) return 0;
  if (at === 0) return 1;
  return /[\s._@-]/.test(hay.charAt(at - 1)) ? 2 : 3;
}

/**
 * The lookup's answer from what an engine found: each candidate with its name, e-mail and log count,
 * by how it matched (the id first, then the name, then the e-mail) and how well, then most logs first,
 * then id. Both engines call this on the same candidates and details, so they rank alike.
 */
export function rankClientMatches(
  text: string,
  candidates: ClientCandidates,
  details: readonly ClientDetails[],
): ClientMatch[] {
  const needle = clientSearchText(text).toLowerCase();
  const byId = new Map(details.map((detail) => [detail.id, detail]));
  const emailOf = new Map<string, string>();
  for (const match of candidates.emails) if (!emailOf.has(match.id)) emailOf.set(match.id, match.email);
  const ranked: { match: ClientMatch; rank: number }[] = [];
  for (const id of candidateIds(candidates)) {
    const detail = byId.get(id);
    const name = detail?.name ?? candidates.parties.find((party) => party.id === id)?.name ?? null;
    // The e-mail that matched, when one did; else the one the client logs most.
    const email = emailOf.get(id) ?? detail?.email ?? null;
    const kinds = [
      ['id', tier(id, needle, true)],
      ['name', tier(name, needle, false)],
      ['email', tier(email, needle, false)],
    ] as const;
    const found = kinds.filter(([, rank]) => rank !== null);
    const [kind, rank] = found.reduce((best, next) => ((next[1] ?? 9) < (best[1] ?? 9) ? next : best), [
      'id',
      null,
    ] as readonly [ClientMatch['matchedOn'], number | null]);
    if (rank === null) continue;
    ranked.push({ match: { id, name, email, matchedOn: kind, logCount: detail?.count ?? 0 }, rank });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.match.logCount - a.match.logCount ||
      (a.match.id < b.match.id ? -1 : a.match.id > b.match.id ? 1 : 0),
  );
  return ranked.slice(0, CLIENT_MATCH_LIMIT).map(({ match }) => match);
}
