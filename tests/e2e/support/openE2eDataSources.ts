import type { Settings } from '../../../src/shared/domain/settings';
import { createDataSourceProvider } from '../../../src/main/sources/createDataSourceProvider';

/** The data the end-to-end run reads. */
export function openE2eDataSources(settings: Settings) {
  return createDataSourceProvider(settings);
}
