import { describe, expect, it } from 'vitest';
import { forCommandLine } from '../../../src/cli/commandLineWords';
import { openCliSource } from '../../../src/cli/cliSources';
import { RejectedCredentialsError } from '../../../src/main/sources/elasticsearch/elasticsearchErrors';
import { Settings } from '../../../src/shared/domain/settings';

const STEP = 'Check ES_PASSWORD.';

describe('a refusal of credentials as the command line says it', () => {
  it.each([
    ['a password', false, false],
    ['an API key', true, false],
    ['an expired API key', true, true],
  ])('names where the command line read %s instead of Settings', (_, usesApiKey, expired) => {
    const { message } = new RejectedCredentialsError('The cluster rejected them', usesApiKey, expired);
    expect(message).toContain('Settings');
    expect(forCommandLine(`Cannot tell who you are (${message})`, STEP)).toBe(
      `Cannot tell who you are (The cluster rejected them. ${STEP})`,
    );
  });

  it('leaves every other sentence as it is', () => {
    const sentence = 'Open Settings to add a connection.';
    expect(forCommandLine(sentence, STEP)).toBe(sentence);
  });
});

describe('where each source tells the operator to mend refused credentials', () => {
  const settings = Settings.parse({
    connections: [
      {
        id: 'p',
        name: 'Prod',
        url: 'https://es.example:9243',
        auth: { kind: 'basic', username: 'ivy' },
        indexPatterns: { operational: 'crm-operational-logs-*', activity: 'crm-activity-logs-*' },
      },
      {
        id: 'k',
        name: 'Keyed',
        url: 'https://es.example:9243',
        auth: { kind: 'apiKey' },
        indexPatterns: { operational: 'crm-operational-logs-*', activity: 'crm-activity-logs-*' },
      },
    ],
  });
  const stepOf = async (source: string, env: NodeJS.ProcessEnv) =>
    (await openCliSource({ source, indexPrefix: '', settings, env, root: '/nonexistent' })).credentialsStep;

  it('ES_URL with a user and password, or an API key', async () => {
    await expect(stepOf('local', { ES_URL: 'https://es.example', ES_USERNAME: 'u', ES_PASSWORD: 'p' })).resolves.toBe(
      'Check ES_USERNAME and ES_PASSWORD, or the user name and password in ES_URL.',
    );
    await expect(stepOf('local', { ES_URL: 'https://es.example', ES_API_KEY: 'k' })).resolves.toMatch(
      /^Check ES_API_KEY; if the key expired/,
    );
    await expect(stepOf('local', { ES_URL: 'https://es.example' })).resolves.toMatch(
      /^Set ES_USERNAME and ES_PASSWORD/,
    );
  });

  it('a saved connection, whose secret comes from the environment', async () => {
    await expect(stepOf('Prod', { ES_PASSWORD: 'p' })).resolves.toBe(
      'Check ES_PASSWORD, the password the command line sends for "Prod" (its user name is the one saved in Settings).',
    );
    await expect(stepOf('Keyed', { ES_API_KEY: 'k' })).resolves.toMatch(
      /^Check ES_API_KEY, the API key the command line sends for "Keyed"/,
    );
  });
});
