import { describe, expect, it } from 'vitest';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { findSecretSpans } from '../../../../src/shared/domain/secretSpans';

/** Secrets written into an address: a presigned URL's signature, a token as the user name. */

const AWS_SIGNATURE = 'aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404';

describe('the signature of a presigned URL', () => {
  it.each([
    [
      'an AWS signature and credential',
      `GET https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1&X-Amz-Signature=${AWS_SIGNATURE} 200`,
      'GET https://b.s3.amazonaws.com/k?X-Amz-Credential=[redacted: X-Amz-Credential]&X-Amz-Signature=[redacted: X-Amz-Signature] 200',
    ],
    [
      'an Azure SAS signature',
      'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-01-01&sig=Zm9vYmFyYmF6cXV4MTIz%3D',
      'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-01-01&sig=[redacted: sig]',
    ],
    [
      'a Google signature',
      'https://storage.googleapis.com/b/o?X-Goog-Signature=0a1b2c3d4e5f60718293a4b5c6d7e8f9&x=1',
      'https://storage.googleapis.com/b/o?X-Goog-Signature=[redacted: X-Goog-Signature]&x=1',
    ],
    [
      'a CloudFront signature',
      'https://d.cloudfront.net/x?Expires=1&Signature=abcDEF123~xyz&Key-Pair-Id=K2',
      'https://d.cloudfront.net/x?Expires=1&Signature=[redacted: Signature]&Key-Pair-Id=K2',
    ],
  ])('is withheld: %s', (_name, text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });
});

describe('a token written as the user name of an address', () => {
  it.each([
    [
      '40 hex digits',
      'git clone https://0123456789abcdef0123456789abcdef01234567@github.com/o/r.git',
      'git clone https://[redacted: token]@github.com/o/r.git',
    ],
    [
      'base64 with JSON-escaped slashes',
      '{"remote":"https:\\/\\/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA@git.example\\/r"}',
      '{"remote":"https:\\/\\/[redacted: token]@git.example\\/r"}',
    ],
  ])('is withheld: %s', (_name, text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });

  it.each([
    ['a person', 'https://alice@git.example/r'],
    ['a service account', 'ssh://svc-reports-2024-prod@git.example/r'],
    ['a build bot', 'https://build-bot@github.com/o/r'],
    ['a signature word in a path', 'https://crm.example/signature/sig?page=2'],
  ])('leaves %s readable', (_name, text) => {
    expect(findSecretSpans(text)).toEqual([]);
  });
});
