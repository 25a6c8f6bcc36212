import { describe, expect, it } from 'vitest';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { findSecretSpans } from '../../../../src/shared/domain/secretSpans';

/** Secrets logged as markup (SOAP bodies, XML configs, HTML forms), found by the element's name. */

describe('a secret written as markup', () => {
  it.each([
    ['an element', 'body <password>Hunter22</password>', 'body <password>[redacted: password]</password>'],
    ['a short element', '<pw>x</pw>', '<pw>[redacted: pw]</pw>'],
    ['an element named secret', '<secret>abc</secret>', '<secret>[redacted: secret]</secret>'],
    ['a camel-case element', '<apiKey> k_live_55aa </apiKey>', '<apiKey> [redacted: apiKey] </apiKey>'],
    ['a token element', '<token>abc</token>', '<token>[redacted: token]</token>'],
    ['a client secret', '<clientSecret>abc</clientSecret>', '<clientSecret>[redacted: clientSecret]</clientSecret>'],
    [
      'a namespace prefix and attributes',
      '<ns:Password type="text">Hunter22</ns:Password>',
      '<ns:Password type="text">[redacted: Password]</ns:Password>',
    ],
    [
      'a name/value element',
      '<param name="password" value="Hunter22"/>',
      '<param name="password" value="[redacted: password]"/>',
    ],
    [
      'a value/name element',
      "<input value='Hunter22' type='hidden' name='client_secret'>",
      "<input value='[redacted: client_secret]' type='hidden' name='client_secret'>",
    ],
    [
      'a name/value element inside a JSON string',
      '{"body":"<param name=\\"apiKey\\" value=\\"k_live_55aa\\"/>"}',
      '{"body":"<param name=\\"apiKey\\" value=\\"[redacted: apiKey]\\"/>"}',
    ],
  ])('is withheld: %s', (_name, text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });

  it.each([
    ['an empty element', 'form <password/> sent'],
    ['an element with nothing inside', '<password></password>'],
    ['an ordinary element', '<status>declined 42</status>'],
    ['a descriptive element', '<passwordChangedAt>2026-01-01</passwordChangedAt>'],
    ['a name/value element of another field', '<param name="currency" value="EUR"/>'],
  ])('leaves %s readable', (_name, text) => {
    expect(findSecretSpans(text)).toEqual([]);
  });
});
