import type { LogFamily } from '../../../shared/query/logQuery';

/**
 * Tables of the embedded store. Nested parties are flattened to columns; metadata and the manager
 * change are kept whole as JSON text next to the columns queries filter on. `created_ms` holds epoch
 * milliseconds, the precision Elasticsearch sorts and filters dates with. `search_text` holds the
 * distinct words of the searched fields as ` w1 w2 … ` so a whole-word or word-prefix test is a
 * substring test (see textWords).
 */
export const EMBEDDED_SCHEMA = {
  /** Bumped whenever a table, column or the word index changes. */
  version: 1,
  tables: { operational: 'operational_logs', activity: 'client_activity' } satisfies Record<LogFamily, string>,
  ddl: [
    `CREATE TABLE operational_logs (
      id VARCHAR NOT NULL,
      created_ms BIGINT NOT NULL,
      action VARCHAR NOT NULL,
      description VARCHAR NOT NULL,
      client_id VARCHAR,
      client_name VARCHAR,
      employee_id VARCHAR,
      employee_name VARCHAR,
      api_id VARCHAR,
      api_name VARCHAR,
      business_model VARCHAR NOT NULL,
      sub_model VARCHAR,
      origin VARCHAR NOT NULL,
      status VARCHAR NOT NULL,
      error VARCHAR,
      related_operation VARCHAR,
      impacted_table VARCHAR,
      source VARCHAR NOT NULL,
      app_instance VARCHAR NOT NULL,
      request_path VARCHAR NOT NULL,
      search_text VARCHAR NOT NULL
    )`,
    `CREATE TABLE client_activity (
      id VARCHAR NOT NULL,
      created_ms BIGINT NOT NULL,
      client_id VARCHAR NOT NULL,
      actor_type VARCHAR NOT NULL,
      actor_id VARCHAR,
      actor_name VARCHAR,
      source_app VARCHAR NOT NULL,
      event_name VARCHAR NOT NULL,
      category VARCHAR,
      message VARCHAR NOT NULL,
      metadata_json VARCHAR NOT NULL,
      change_json VARCHAR,
      target_type VARCHAR,
      target_id VARCHAR,
      bulk_id VARCHAR,
      changed_fields VARCHAR[],
      search_text VARCHAR NOT NULL
    )`,
  ],
} as const;

/** Columns read back to rebuild a domain row, in the order the row mappers expect. */
export const OPERATIONAL_ROW_COLUMNS = [
  'id',
  'created_ms',
  'action',
  'description',
  'client_id',
  'client_name',
  'employee_id',
  'employee_name',
  'api_id',
  'api_name',
  'business_model',
  'sub_model',
  'origin',
  'status',
  'error',
  'related_operation',
  'impacted_table',
  'source',
  'app_instance',
  'request_path',
] as const;

export const ACTIVITY_ROW_COLUMNS = [
  'id',
  'created_ms',
  'client_id',
  'actor_type',
  'actor_id',
  'actor_name',
  'source_app',
  'event_name',
  'message',
  'metadata_json',
  'change_json',
] as const;
