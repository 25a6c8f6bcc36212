import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BundleStartRequest, ExportStartRequest } from '../../../../src/shared/contract/exportChannels';

const query = { family: 'operational', filters: {}, timeRange: { kind: 'relative', last: '24h' } };
const request = (purpose: string) => ({
  jobId: randomUUID(),
  queries: [query],
  target: { directory: '/tmp', fileName: 'a.ndjson' },
  purpose,
});

const refusal = (purpose: string) => {
  const parsed = ExportStartRequest.safeParse({ ...request(purpose), format: 'ndjson' });
  const bundle = BundleStartRequest.safeParse({
    ...request(purpose),
    target: { directory: '/tmp', fileName: 'a.acbundle' },
  });
  expect(bundle.success).toBe(parsed.success);
  return parsed.success
    ? null
    : parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
};

describe("an export's purpose, which the journal and a bundle's custody record keep as evidence", () => {
  it('takes plain words on several lines', () => {
    expect(refusal('Ticket INC-4711: wallet changes\n\tasked by compliance')).toBeNull();
  });

  it.each([
    // "INC-1 \u202Ellew" would read "INC-1 well" in the journal and in the bundle's custody record.
    ['a direction override', 'INC-1 \u202Ellew', /^The purpose cannot hold U\+202E/],
    ['a zero-width space', 'INC\u200B-1 wallet', /^The purpose cannot hold U\+200B/],
    ['an escape character', 'INC-1 \u001b[2K wallet', /^The purpose cannot hold U\+001B/],
  ])('refuses %s, naming the field and the character', (_label, purpose, message) => {
    expect(refusal(purpose)).toEqual([{ field: 'purpose', message: expect.stringMatching(message) }]);
  });
});
