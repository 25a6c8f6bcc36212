import type { ClientActivity } from '../../shared/domain/clientActivity';
import type { OperationalLog } from '../../shared/domain/operationalLog';
import type { ObjectIdFactory } from './objectIdFactory';
import type { SeedDocument } from './seedDocument';

export type ActivityFields = Omit<ClientActivity, 'id' | 'createdAt'>;
export type OperationalFields = Omit<OperationalLog, 'id' | 'created'>;

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
  private pending: Pending[] = [];
  private sequence = 0;

  constructor(
    private readonly ids: ObjectIdFactory,
    private readonly startMs: number,
    private readonly endMs: number,
  ) {}

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
    this.pending.push({ atMs, sequence: this.sequence++, item: { family: 'activity', doc } });
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
    this.pending.push({ atMs, sequence: this.sequence++, item: { family: 'operational', doc } });
    return doc;
  }

  /** Documents strictly before `untilMs`, oldest first; later ones stay for the next call. */
  drain(untilMs: number): SeedDocument[] {
    const ready: Pending[] = [];
    const later: Pending[] = [];
    for (const entry of this.pending) (entry.atMs < untilMs ? ready : later).push(entry);
    this.pending = later;
    ready.sort((a, b) => a.atMs - b.atMs || a.sequence - b.sequence);
    return ready.map((entry) => entry.item);
  }
}
