import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { JournalEntry, JournalSearchRequest } from '../../shared/contract/journalChannels';
import { JournalLine, type JournalCall } from '../../shared/domain/journal';
import { resolvePeriod, type ResolvedRange } from '../../shared/query/timeRange';
import { errnoCode } from '../files/errnoCode';

type CallLine = Extract<JournalLine, { kind: 'call' }>;

/**
 * Whether one recorded call matches every filter given. The period is compared as instants (epoch
 * milliseconds), never as text: `00.500Z` is after `00Z`, and `02:00+02:00` is `00:00Z`.
 */
export function matchesJournalFilters(
  line: JournalCall & { at: string },
  filters: JournalSearchRequest,
  period: ResolvedRange = resolvePeriod(filters),
): boolean {
  if (filters.operator && line.operatorId !== filters.operator && line.operatorName !== filters.operator) return false;
  if (filters.channel && line.channel !== filters.channel) return false;
  if (filters.clientId && !(line.clientIds ?? []).includes(filters.clientId)) return false;
  if (filters.outcome && line.outcome !== filters.outcome) return false;
  const at = Date.parse(line.at);
  if (period.fromMs !== undefined && at < period.fromMs) return false;
  if (period.toMs !== undefined && at > period.toMs) return false;
  return true;
}

export function toJournalEntry(line: CallLine): JournalEntry {
  return {
    id: line.id,
    at: line.at,
    operatorId: line.operatorId,
    operatorName: line.operatorName,
    role: line.role,
    channel: line.channel,
    outcome: line.outcome,
    code: line.code ?? null,
    rows: line.rows ?? null,
    buckets: line.buckets ?? null,
    clientIds: line.clientIds ?? [],
    request: line.request === undefined ? null : JSON.stringify(line.request),
  };
}

function parse(text: string): CallLine | null {
  try {
    const parsed = JournalLine.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.kind === 'call' ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The newest calls in this workstation's journal file that match the filters, newest first. Unreadable
 * lines are skipped here: `audit-console journal verify` is where they are named.
 */
export async function searchLocalJournal(
  path: string,
  filters: JournalSearchRequest,
): Promise<{ entries: JournalEntry[]; truncated: boolean }> {
  const kept: CallLine[] = [];
  const period = resolvePeriod(filters);
  let matched = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  try {
    for await (const text of lines) {
      const line = parse(text);
      if (!line || !matchesJournalFilters(line, filters, period)) continue;
      matched++;
      kept.push(line);
      if (kept.length > filters.limit) kept.shift();
    }
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { entries: [], truncated: false };
    throw error;
  }
  return { entries: kept.reverse().map(toJournalEntry), truncated: matched > kept.length };
}
