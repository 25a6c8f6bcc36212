import { describe, expect, it } from 'vitest';
import { ConnectionDraft } from '../../../../src/shared/contract/settingsChannels';
import { FieldMapping } from '../../../../src/shared/domain/fieldMapping';

/**
 * Redaction hides a value by the name of the key it sits under. A field mapped to a cluster path with a
 * secret key name in it (the message read from `metadata.password`) would show that value under a name
 * redaction lets through, and let a search or filter on the field confirm it: such a mapping is refused,
 * for a connection as the admin sends it and as settings keep it.
 */
describe('a field mapping', () => {
  it.each([
    ['activity', 'message', 'metadata.password'],
    ['activity', 'metadata', 'auth.credentials'],
    ['operational', 'description', 'request.headers.authorization'],
    ['operational', 'error', 'card.cvv'],
    ['operational', 'client.name', 'accessToken'],
  ] as const)('of %s %s to %s is refused, naming the path', (family, field, path) => {
    const mapping = { operational: {}, activity: {}, [family]: { [field]: path } };
    const parsed = FieldMapping.safeParse(mapping);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(path);
    const draft = { name: 'Prod', url: 'https://es.example:9200', auth: { kind: 'none' }, fieldMapping: mapping };
    expect(ConnectionDraft.safeParse(draft).success).toBe(false);
  });

  it.each([
    ['activity', 'message', 'event.text'],
    ['activity', 'metadata', 'details'],
    ['operational', 'description', 'summary'],
    ['operational', 'client.name', 'customer.fullName'],
  ] as const)('of %s %s to %s is kept', (family, field, path) => {
    expect(FieldMapping.safeParse({ operational: {}, activity: {}, [family]: { [field]: path } }).success).toBe(true);
  });
});
