import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../../src/main/redaction/redactSecrets';
import { REDACTION_RULE_DESCRIPTIONS } from '../../../../src/main/redaction/redactionPolicy';

/** The export preview lists each rule with what it removes: the words must name what the rule counts. */

describe('what each redaction rule says it removes', () => {
  it.each([
    [
      'a password in a URL',
      'https://ivy:Sw0rdfish@db.example',
      'secret field',
      /passwords or tokens written into URLs/,
    ],
    ['a token as a URL user', 'https://0123456789abcdef0123456789abcdef01234567@git.example', 'secret field', /URLs/],
    [
      'a presigned URL signature',
      'GET /o?X-Amz-Signature=aeeed9bbccd4d02e',
      'secret field',
      /presigned URL signatures/,
    ],
    ['a password as markup', '<password>Sw0rdfish</password>', 'secret field', /markup/],
    ['a password flag', 'run --password Sw0rdfish', 'secret field', /command-line flags/],
    ['a Bearer token', 'Authorization: Bearer abc123def456', 'bearer token', /Bearer/],
    ['a Digest response', 'Digest response="6629fae49393a05397450978507c4ef1"', 'bearer token', /Digest/],
  ])('names %s under the rule that counts it', (_name, text, rule, named) => {
    expect(Object.keys(redactSecrets(text).tally.byRule)).toEqual([rule]);
    expect(REDACTION_RULE_DESCRIPTIONS[rule as keyof typeof REDACTION_RULE_DESCRIPTIONS]).toMatch(named);
  });

  it('says nothing of URL passwords under bearer tokens, which never counts them', () => {
    expect(REDACTION_RULE_DESCRIPTIONS['bearer token']).not.toMatch(/URL/);
  });
});
