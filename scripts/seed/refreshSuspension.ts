import { errors, type Client } from '@elastic/elasticsearch';

/**
 * Switches periodic refresh off on the indices a load writes to (every refresh makes a segment, which
 * costs indexing throughput), and puts each back as it was afterwards.
 */
export class RefreshSuspension {
  /** Index name -> refresh interval to restore (null: the default). */
  private readonly previous = new Map<string, string | null>();

  constructor(private readonly client: Client) {}

  get indices(): string[] {
    return [...this.previous.keys()];
  }

  has(index: string): boolean {
    return this.previous.has(index);
  }

  /** Creates the index if needed (the template supplies mappings) with refresh off. */
  async suspend(index: string): Promise<void> {
    try {
      await this.client.indices.create({ index, settings: { refresh_interval: '-1' } });
      this.previous.set(index, null);
      return;
    } catch (error) {
      if (!(error instanceof errors.ResponseError) || error.body?.error?.type !== 'resource_already_exists_exception')
        throw error;
    }
    const settings = await this.client.indices.getSettings({
      index,
      name: 'index.refresh_interval',
      flat_settings: true,
    });
    const current = settings[index]?.settings?.['index.refresh_interval'];
    this.previous.set(index, typeof current === 'string' ? current : null);
    await this.client.indices.putSettings({ index, settings: { refresh_interval: '-1' } });
  }

  /** Restores every suspended index and refreshes it so the loaded documents are searchable. */
  async restore(): Promise<void> {
    for (const [index, interval] of this.previous) {
      // null resets the setting to the template's or the built-in default.
      await this.client.indices.putSettings({ index, settings: { 'index.refresh_interval': interval } });
    }
    if (this.previous.size > 0) await this.client.indices.refresh({ index: this.indices.join(',') });
  }
}
