import type { ClientActivity, SourceApp } from '../../shared/domain/clientActivity';
import type { OperationalLog } from '../../shared/domain/operationalLog';
import type { ObjectIdFactory } from './objectIdFactory';
import type { SeedDocument } from './seedDocument';

export type ActivityFields = Omit<ClientActivity, 'id' | 'createdAt'>;
export type OperationalFields = Omit<OperationalLog, 'id' | 'created'>;

/** A stretch in which one app's activity events never reached the logs. */
interface Outage {
  readonly app: SourceApp;
  readonly fromMs: number;
  readonly toMs: number;
}

interface Pending {
  readonly atMs: number;
  readonly sequence: number;
  readonly item: SeedDocument;
}

/**
 * Collects the documents of the day being generated and releases them in time order, so the stream is
 * sorted while memory stays bounded to about a day of traffic. Moments outside the window are dropped:
 * a session that would run past the end of the dataset is simply cut short.
 */
export class DocumentSink {
  private readonly queue: { pending: Pending[]; sequence: number };
  private readonly outages: Outage[] = [];

  constructor(
    private readonly ids: ObjectIdFactory,
    private readonly startMs: number,
    private readonly endMs: number,
    queue?: { pending: Pending[]; sequence: number },
  ) {
    this.queue = queue ?? { pending: [], sequence: 0 };
  }

  /**
   * The same sink, naming its documents from other ids: a part of the generator that adds documents
   * (planted patterns) then shifts no other document's id.
   */
  withIds(ids: ObjectIdFactory): DocumentSink {
    return new DocumentSink(ids, this.startMs, this.endMs, this.queue);
  }

  inWindow(atMs: number): boolean {
    return atMs >= this.startMs && atMs < this.endMs;
  }

  activity(atMs: number, fields: ActivityFields): ClientActivity | undefined {
    if (!this.inWindow(atMs)) return undefined;
    const doc: ClientActivity = {
      id: this.ids.next(atMs),
      clientId: fields.clientId,
      actorType: fields.actorType,
      actorId: fields.actorId,
      actorName: fields.actorName,
      sourceApp: fields.sourceApp,
      eventName: fields.eventName,
      message: fields.message,
      metadata: fields.metadata,
      createdAt: new Date(atMs).toISOString(),
      change: fields.change,
    };
    this.queue.pending.push({ atMs, sequence: this.queue.sequence++, item: { family: 'activity', doc } });
    return doc;
  }

  operational(atMs: number, fields: OperationalFields): OperationalLog | undefined {
    if (!this.inWindow(atMs)) return undefined;
    const doc: OperationalLog = {
      id: this.ids.next(atMs),
      created: new Date(atMs).toISOString(),
      action: fields.action,
      description: fields.description,
      client: fields.client,
      employee: fields.employee,
      api: fields.api,
      businessModel: fields.businessModel,
      subModel: fields.subModel,
      origin: fields.origin,
      status: fields.status,
      error: fields.error,
      relatedOperation: fields.relatedOperation,
      impactedTable: fields.impactedTable,
      source: fields.source,
      appInstance: fields.appInstance,
      requestPath: fields.requestPath,
    };
    this.queue.pending.push({ atMs, sequence: this.queue.sequence++, item: { family: 'operational', doc } });
    return doc;
  }

  /** Activity documents written, not yet drained and not lost to an outage, in the order they were written. */
  pendingActivity(): ClientActivity[] {
    return this.queue.pending.flatMap((entry) =>
      entry.item.family === 'activity' && !this.lost(entry) ? [entry.item.doc] : [],
    );
  }

  /** Activity events of `app` in [fromMs, toMs) are lost, whoever logged them and whenever they were written. */
  loseActivity(app: SourceApp, fromMs: number, toMs: number): void {
    this.outages.push({ app, fromMs, toMs });
  }

  /** Documents strictly before `untilMs`, oldest first; later ones stay for the next call. */
  drain(untilMs: number): SeedDocument[] {
    const ready: Pending[] = [];
    const later: Pending[] = [];
    for (const entry of this.queue.pending) {
      if (this.lost(entry)) continue;
      (entry.atMs < untilMs ? ready : later).push(entry);
    }
    this.queue.pending = later;
    ready.sort((a, b) => a.atMs - b.atMs || a.sequence - b.sequence);
    return ready.map((entry) => entry.item);
  }

  private lost(entry: Pending): boolean {
    const { item, atMs } = entry;
    if (item.family !== 'activity') return false;
    return this.outages.some(
      (outage) => outage.app === item.doc.sourceApp && atMs >= outage.fromMs && atMs < outage.toMs,
    );
  }
}
