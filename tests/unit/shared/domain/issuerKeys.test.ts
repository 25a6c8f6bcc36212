import { describe, expect, it } from 'vitest';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { findSecretSpans } from '../../../../src/shared/domain/secretSpans';

/** API keys logged bare, with no key name or scheme before them, known by the prefix their issuer gives them. */

describe('an API key known by its issuer’s prefix', () => {
  it.each([
    ['a GitHub token', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'],
    ['a fine-grained GitHub token', 'github_pat_11ABCDEFG0abcdefghijkl_mnopqrstuvwxyz0123456789'],
    ['a GitLab token', 'glpat-xJ9sPq2LmN4rT6vW8yZa'],
    ['a Stripe secret key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['a Stripe restricted key', 'rk_test_51H8abcDEFghiJKLmnop'],
    ['a Slack bot token', 'xoxb-123456789012-1234567890123-abcdefABCDEF'],
    ['a Google API key', 'AIzaSyA-1234567890abcdefghijklmnopqrstu'],
    ['an npm token', 'npm_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a SendGrid key', 'SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'],
    ['an OpenAI project key', 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z'],
  ])('is withheld: %s', (_name, key) => {
    expect(maskSensitiveText(`deploy used ${key} for the sync`)).toBe('deploy used [redacted: token] for the sync');
  });

  it('is withheld inside a logged address', () => {
    expect(maskSensitiveText('clone https://ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/acme/crm.git')).toBe(
      'clone https://[redacted: token]@github.com/acme/crm.git',
    );
  });
});

describe('words that share a prefix with an issuer’s key', () => {
  it.each([
    ['a risk slug', 'risk-assessment-for-client-portfolio-2026-q4-review'],
    ['a desk name', 'desk-sk-emea-institutional-clients-and-partners-team'],
    ['a lower-case slug after sk-', 'sk-winter-collection-extra-large-navy-blue-wool'],
    ['a short prefix', 'ghp_test and sk_live_ and xoxb-1'],
    ['a word holding the prefix', 'the taskghp_16C7e42F292c6912E7710c838347Ae178B4a id'],
  ])('leave %s readable', (_name, text) => {
    expect(findSecretSpans(text)).toEqual([]);
  });
});
