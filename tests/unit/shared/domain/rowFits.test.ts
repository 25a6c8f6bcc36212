import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { ClientActivity, ManagerChange } from '../../../../src/shared/domain/clientActivity';
import { OperationalLog } from '../../../../src/shared/domain/operationalLog';
import { fitsClientActivity, fitsManagerChange, fitsOperationalLog } from '../../../../src/shared/domain/rowFits';

type Row = Record<string, unknown>;

const operational: Row = {
  id: '686323ba8da5aeda2b14a356',
  created: '2025-06-30T23:54:34.571Z',
  action: 'update',
  description: 'Wallet balance synchronised',
  client: { id: 'c1', name: 'Ann Lee' },
  employee: null,
  api: { id: 'k1', name: 'Back-office sync' },
  businessModel: 'Clients',
  subModel: 'Wallets',
  origin: 'external',
  status: 'info',
  error: null,
  relatedOperation: 'openApi.syncWallet',
  impactedTable: 'wallets',
  source: 'API',
  appInstance: 'open-api-1',
  requestPath: '/open-api/v1/clients/c1/wallets',
};

const change: Row = {
  actionType: 'update',
  target: { type: 'client', id: 'c1' },
  changedFields: ['email'],
  before: { email: 'a@example.com' },
  after: { email: 'b@example.com', nested: { deep: [1, 2] } },
  bulkId: null,
  bulkSize: null,
};

const activity: Row = {
  id: 'a1',
  clientId: 'c1',
  actorType: 'manager',
  actorId: 'm1',
  actorName: 'Eve',
  sourceApp: 'crm',
  eventName: 'manager.client_edited',
  message: 'Manager edited client data',
  metadata: { tab: 'profile', ip: '10.0.0.1' },
  createdAt: '2025-06-15T12:00:00.000Z',
  change,
};

/** Values of every kind a producer's document or a mapping slip could put in a field. */
const JUNK: unknown[] = [
  undefined,
  null,
  '',
  'x',
  0,
  -0,
  1,
  -1,
  1.5,
  Number.NaN,
  2 ** 53,
  true,
  [],
  ['a'],
  [1],
  {},
  { id: 'a', name: 'b' },
  { id: '', name: 'b' },
  { id: 'a' },
  { id: 'a', name: 'b', extra: 1 },
  { type: 'client', id: 'c1' },
  { type: 'client', id: 'c1', more: true },
  { reason: 'why', raw: 1 },
  Object.assign(Object.create(null) as object, { id: 'a', name: 'b' }),
  JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown,
  new Date(0),
  '2025-06-30T23:54:34.571Z',
  '2025-06-30T23:54:34+02:00',
  '2025-06-30T23:54:34.5Z',
  '2025-02-30T00:00:00.000Z',
  '2025-06-30',
  '+275760-09-13T00:00:00.000Z',
  'get',
  'update',
  'bulkUpdate',
  'info',
  'error',
  'UI',
  'internal',
  'crm',
  'manager',
  'client',
];

/** The base row, and the row with each key replaced by each junk value (and the change's keys, one level down). */
function variants(base: Row, nested: Record<string, Row> = {}): Row[] {
  const rows: Row[] = [base];
  for (const key of Object.keys(base)) for (const value of JUNK) rows.push({ ...base, [key]: value });
  for (const [key, inner] of Object.entries(nested)) {
    for (const row of variants(inner, key === 'change' ? { target: inner.target as Row } : {})) {
      rows.push({ ...base, [key]: row });
    }
  }
  return rows;
}

/** Whatever a quick check accepts, the schema accepts too, and gives back equal. */
function holdToSchema(
  rows: Row[],
  fits: (row: Row) => boolean,
  schema: ZodType,
): { accepted: number; refused: number } {
  let accepted = 0;
  for (const row of rows) {
    if (!fits(row)) continue;
    accepted += 1;
    const parsed = schema.safeParse(row);
    expect(parsed.success, JSON.stringify(row)).toBe(true);
    expect(parsed.data).toEqual(row);
  }
  return { accepted, refused: rows.length - accepted };
}

describe('quick row checks', () => {
  it('accept only operational rows the schema accepts, unchanged', () => {
    expect(fitsOperationalLog(operational)).toBe(true);
    const { accepted, refused } = holdToSchema(
      variants(operational, { client: operational.client as Row }),
      fitsOperationalLog,
      OperationalLog,
    );
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(500);
  });

  it('accept only activity rows and changes the schema accepts, unchanged', () => {
    expect(fitsClientActivity(activity)).toBe(true);
    expect(fitsClientActivity({ ...activity, change: null })).toBe(true);
    expect(
      fitsClientActivity({ ...activity, change: null, changeIssue: { reason: 'change: no target', raw: 1 } }),
    ).toBe(true);
    const rows = variants(activity, { change });
    const { accepted, refused } = holdToSchema(rows, fitsClientActivity, ClientActivity);
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(500);
    holdToSchema(variants(change, { target: change.target as Row }), (row) => fitsManagerChange(row), ManagerChange);
  });

  it('leave to the schema what it would change: extra keys, a __proto__ key, a count that is no count', () => {
    expect(fitsOperationalLog({ ...operational, client: { id: 'c1', name: 'A', email: 'x' } })).toBe(false);
    expect(fitsClientActivity({ ...activity, metadata: JSON.parse('{"__proto__": {"a": 1}}') as unknown })).toBe(false);
    expect(fitsManagerChange({ ...change, note: 'extra' })).toBe(false);
    expect(fitsManagerChange({ ...change, bulkSize: 1.5 })).toBe(false);
    expect(fitsManagerChange({ ...change, bulkSize: 3 })).toBe(true);
  });
});
