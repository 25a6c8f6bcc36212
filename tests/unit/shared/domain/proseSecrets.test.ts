import { describe, expect, it } from 'vitest';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { findSecretSpans } from '../../../../src/shared/domain/secretSpans';

/** Secrets written in words or on a command line rather than as `key=value`. */

describe('a secret written in words or on a command line', () => {
  it.each([
    ['password is', 'the password is Hunter22.', 'the password is [redacted: password].'],
    ['password was', 'old password was "kitty"', 'old password was "[redacted: password]"'],
    ['an arrow', 'password -> Hunter22', 'password -> [redacted: password]'],
    ['a PIN', 'new pin is 4821', 'new pin is [redacted: pin]'],
    ['a flag', 'run --password Hunter22 --verbose', 'run --password [redacted: password] --verbose'],
    ['a flag with =', 'run --password=Hunter22', 'run --password=[redacted: password]'],
    ['a token flag', 'cli --token abc123def456', 'cli --token [redacted: token]'],
    ['an API key flag', 'cli --api-key "abc def 123"', 'cli --api-key "[redacted: api-key]"'],
    ['a MySQL -p', 'mysql -uroot -pHunter22 crm', 'mysql -uroot -p[redacted: password] crm'],
    ['a mysqldump -p', "mysqldump -h db -p'S3 cret' crm", "mysqldump -h db -p'[redacted: password]' crm"],
    ['PGPASSWORD', 'PGPASSWORD=Hunter22 psql -h db', 'PGPASSWORD=[redacted: PGPASSWORD] psql -h db'],
  ])('is withheld: %s', (_name, text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });

  it.each([
    ['a rule', 'password is required'],
    ['a change', 'password was changed by the client'],
    ['a length rule', 'password is 8 characters or more'],
    ['a step', 'reset password -> sent'],
    ['a status', 'PIN is OK'],
    ['a file flag', 'docker login --password-file /etc/x'],
    ['a stdin flag', 'docker login --password-stdin < key.txt'],
    ['a flag before prose', 'use --token to sign in'],
    ['a flag before another flag', 'cli --password --verbose'],
    ['a -p of another command', 'mkdir -p Hunter22/x and ssh -p 2222 host'],
    ['a MySQL port', 'mysql -h db -P 3306 crm'],
  ])('leaves %s readable', (_name, text) => {
    expect(findSecretSpans(text)).toEqual([]);
  });
});
