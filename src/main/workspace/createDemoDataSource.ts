import { join } from 'node:path';
import { DemoDataSourceProvider } from './DemoDataSourceProvider';
import { DemoWorkspace, type DemoWorkspaceOptions } from './DemoWorkspace';

/** The demo workspace of an app data folder, kept in its `workspace` subfolder; nothing opens until asked. */
export function createDemoDataSource(dataDir: string, options: DemoWorkspaceOptions = {}): DemoDataSourceProvider {
  return new DemoDataSourceProvider(new DemoWorkspace(join(dataDir, 'workspace'), options));
}
