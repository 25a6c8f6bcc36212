import { type LogField } from '../../../shared/query/logFields';
import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import { LOG_FAMILIES, type LogFamily } from '../../../shared/query/logQuery';
import { TEXT_WORDS_VERSION } from '../../../shared/query/textWords';

/** Bumped whenever a table or column changes. */
const TABLE_LAYOUT_VERSION = 3;

/** The word index of a row's text fields (see wordIndexOf): columns no field of ours names. */
export const WORD_INDEX_COLUMN = 'search_text';
export const PREFIX_INDEX_COLUMN = 'search_prefixes';
/** A client activity row's changed field names free text compares with when it is a profile edit (see profileEditText). */
export const PROFILE_NAMES_COLUMN = 'profile_names';

const TABLES = { operational: 'operational_logs', activity: 'client_activity' } as const satisfies Record<
  LogFamily,
  string
>;

/** The column type of each kind of field; plain strings and JSON objects are text. */
const COLUMN_TYPES: Readonly<Record<NonNullable<LogField['kind']>, string>> = {
  instant: 'BIGINT',
  object: 'VARCHAR',
  list: 'VARCHAR[]',
  leaves: 'VARCHAR[]',
};

/**
 * How the embedded store keeps a field, from its entry in the field table: instants as epoch
 * milliseconds (the precision Elasticsearch sorts and filters dates with), JSON objects whole as JSON
 * text, lists and an object's leaves (see flattenedLeaves) as lists of text, everything else as text;
 * NOT NULL unless documents may lack it.
 */
function columnDdl(field: LogField & { column: string }): string {
  const type = field.kind ? COLUMN_TYPES[field.kind] : 'VARCHAR';
  return `${field.column} ${type}${field.optional ? '' : ' NOT NULL'}`;
}

function tableDdl(family: LogFamily): string {
  const columns = LOG_FIELDS[family].all.flatMap(({ field }) =>
    field.column ? [columnDdl({ ...field, column: field.column })] : [],
  );
  const wordIndex = [`${WORD_INDEX_COLUMN} VARCHAR NOT NULL`, `${PREFIX_INDEX_COLUMN} VARCHAR NOT NULL`];
  if (family === 'activity') wordIndex.push(`${PROFILE_NAMES_COLUMN} VARCHAR[] NOT NULL`);
  return `CREATE TABLE ${TABLES[family]} (${[...columns, ...wordIndex].join(', ')})`;
}

/**
 * Tables of the embedded store: one column per field of the field table that has one (nested parties
 * flattened, paths inside the manager change beside it as columns of their own), then the word index.
 */
export const EMBEDDED_SCHEMA = {
  /**
   * The file format: the table layout's version plus the word splitter's. Each only grows, so bumping
   * either (a table or column changes, or what a word is) makes every older store read as older.
   */
  version: TABLE_LAYOUT_VERSION + TEXT_WORDS_VERSION,
  tables: TABLES,
  ddl: LOG_FAMILIES.map(tableDdl),
} as const;

/** Columns read back to rebuild a domain row, by our field name, in the order a page selects them. */
export const ROW_COLUMNS: Readonly<Record<LogFamily, readonly { field: string; column: string }[]>> = {
  operational: rowColumns('operational'),
  activity: rowColumns('activity'),
};

function rowColumns(family: LogFamily): { field: string; column: string }[] {
  return LOG_FIELDS[family].stored.map(({ name, field }) => {
    if (!field.column) throw new Error(`The ${family} field '${name}' is read into rows but has no column`);
    return { field: name, column: field.column };
  });
}
