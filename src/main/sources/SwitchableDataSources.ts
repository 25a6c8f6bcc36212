import type { DataSourceProvider } from '../services/DataSourceProvider';

/** The provider services hold: it forwards to whichever source the settings chose last. */
export class SwitchableDataSources implements DataSourceProvider {
  constructor(private active: DataSourceProvider) {}

  /** Puts `next` in place first, so no call reaches a closed source, then closes the old one. */
  async switchTo(next: DataSourceProvider): Promise<void> {
    const previous = this.active;
    this.active = next;
    await previous.close();
  }

  status(signal?: AbortSignal) {
    return this.active.status(signal);
  }

  current() {
    return this.active.current();
  }

  close() {
    return this.active.close();
  }
}
