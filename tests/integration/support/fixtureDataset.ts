import type { DatasetOptionsInput } from '../../../src/main/demoData/datasetOptions';
import type { IndexPatterns } from '../../../src/main/sources/elasticsearch/indexTemplates';

/** Test-only indices, so the fixture never mixes with a developer's `npm run seed` data. */
export const FIXTURE_INDEX_PATTERNS: IndexPatterns = {
  operational: 'it-crm-operational-logs-*',
  activity: 'it-crm-client-activity-*',
};

/**
 * The shared integration dataset: fixed seed and end date, so every run and every machine sees the
 * same documents (about 14,000 operational ones, enough to page past 10,000), with planted violations.
 */
export const FIXTURE_DATASET = {
  clients: 300,
  days: 30,
  seed: 'integration-fixture',
  endDate: '2026-10-31',
  injectViolations: true,
} as const satisfies DatasetOptionsInput;
