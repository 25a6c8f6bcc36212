import type { ClientMatch } from '../../../shared/domain/clientDirectory';
import type { ClientFacts, ClientName } from '../../../shared/query/clientQueries';
import type { TimeRange } from '../../../shared/query/logQuery';
import { candidateIds, rankClientMatches } from '../rankClientMatches';
import type { Aggregate } from './aggregateOn';
import type { CompileContext } from './compileClauses';
import { compileClientFacts, readClientFacts } from './compileClientFacts';
import {
  compileClientCandidates,
  compileClientDetails,
  readClientCandidates,
  readClientDetails,
} from './compileClientLookup';

/** The client directory on the cluster: aggregations over both families, in a context knowing both. */
export class ClientLookups {
  constructor(private readonly aggregate: Aggregate) {}

  async find(text: string, ctx: CompileContext, signal: AbortSignal | undefined): Promise<ClientMatch[]> {
    const compiled = compileClientCandidates(text, ctx);
    const [parties, activityIds, emails] = await Promise.all([
      this.aggregate('operational', compiled.parties, signal),
      this.aggregate('activity', compiled.activityIds, signal),
      this.aggregate('activity', compiled.emails, signal),
    ]);
    const candidates = readClientCandidates({ parties, activityIds, emails });
    const ids = candidateIds(candidates);
    if (ids.length === 0) return [];
    const details = compileClientDetails(ids, ctx);
    const [operational, activity] = await Promise.all([
      this.aggregate('operational', details.operational, signal),
      this.aggregate('activity', details.activity, signal),
    ]);
    return rankClientMatches(text, candidates, readClientDetails(ids, operational, activity));
  }

  async names(ids: readonly string[], ctx: CompileContext, signal: AbortSignal | undefined): Promise<ClientName[]> {
    const names = await this.aggregate('operational', compileClientDetails(ids, ctx).operational, signal);
    return readClientDetails(ids, names, undefined).map(({ id, name }) => ({ id, name }));
  }

  async facts(
    clientId: string,
    timeRange: TimeRange | undefined,
    ctx: CompileContext,
    signal: AbortSignal | undefined,
  ): Promise<ClientFacts> {
    const compiled = compileClientFacts(clientId, timeRange, ctx);
    const [operational, activity] = await Promise.all([
      this.aggregate('operational', compiled.operational, signal),
      this.aggregate('activity', compiled.activity, signal),
    ]);
    return readClientFacts(operational, activity);
  }
}
