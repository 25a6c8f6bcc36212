import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../../src/main/redaction/redactSecrets';

/** Values logged beside the name they stand under, as header lists, HAR files and form dumps write them. */

describe('a name/value pair naming a secret', () => {
  it('withholds the value under a header name, whatever its scheme', () => {
    const headers = [
      { name: 'Authorization', value: 'Token abc123def456' },
      { name: 'X-Api-Key', value: 'k_live_55aa' },
      { name: 'Cookie', value: 'sid=Q29va2llcw' },
      { name: 'Accept', value: 'application/json' },
    ];
    const { value, tally } = redactSecrets({ headers });
    expect(value.headers).toEqual([
      { name: 'Authorization', value: '[redacted: Authorization]' },
      { name: 'X-Api-Key', value: '[redacted: X-Api-Key]' },
      { name: 'Cookie', value: '[redacted: cookie]' },
      { name: 'Accept', value: 'application/json' },
    ]);
    expect(tally.byRule).toEqual({ 'secret field': 2, cookie: 1 });
  });

  it('withholds the value under a form field named by `key`', () => {
    const { value } = redactSecrets({ fields: [{ key: 'password', value: 'Hunter22' }] });
    expect(value.fields).toEqual([{ key: 'password', value: '[redacted: password]' }]);
  });

  it('names no secret a name holds in the marker it leaves', () => {
    const { value } = redactSecrets({ name: 'password=Hunter22', value: 'x' });
    expect(JSON.stringify(value)).not.toContain('Hunter22');
  });

  it('leaves pairs under ordinary names, and names describing a secret, as they are', () => {
    const input = {
      settings: [
        { name: 'theme', value: 'dark' },
        { key: 'passwordChangedAt', value: '2026-10-01' },
      ],
    };
    expect(redactSecrets(input).value).toBe(input);
  });
});
