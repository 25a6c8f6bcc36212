import type { DataSourceStatus } from '../../shared/contract/appInfo';
import type { LogSource } from '../../shared/query/logSource';

/** Holds the source the console reads from now: the active cluster, the demo workspace or a bundle. */
export interface DataSourceProvider {
  status(signal?: AbortSignal): Promise<DataSourceStatus>;
  /** The open source, or a ConsoleError saying why there is none. */
  current(): Promise<LogSource>;
  close(): Promise<void>;
}
