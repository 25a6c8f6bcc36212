import { describe, expect, it } from 'vitest';
import {
  failureToErrors,
  NO_ERRORS,
  readAddressLines,
  validateConnectionRequest,
} from '../../../../../../src/renderer/src/features/settings/connectionFormErrors';

const valid = {
  connection: {
    name: 'prod',
    url: 'https://es.example.com:9200',
    auth: { kind: 'basic', username: 'auditor' },
    indexPatterns: { operational: 'crm-operational-logs-*', activity: 'crm-client-activity-*' },
  },
  secret: 'pw',
};

describe('connection form errors', () => {
  it('passes a valid request', () => {
    expect(validateConnectionRequest(valid)).toBe(NO_ERRORS);
  });

  it('puts each invalid value’s sentence next to its field', () => {
    const errors = validateConnectionRequest({
      connection: {
        name: ' ',
        url: 'http://auditor:pw@es:9200',
        auth: { kind: 'basic', username: '' },
        indexPatterns: { operational: '', activity: 'crm-client-activity-*' },
      },
    });
    expect(errors).toEqual({
      form: null,
      fields: {
        'connection.name': 'Give the connection a name.',
        'connection.url':
          'A user name or password is not kept in the address: remove it, and enter the credentials in the authentication fields.',
        'connection.auth.username': 'Enter the user name.',
        'connection.indexPatterns.operational': 'Enter an index pattern, e.g. crm-operational-logs-*.',
      },
    });
  });

  it('names a character that hides or reorders text in the name or the user, at its field', () => {
    // "prod\u202Eue-dorp" is listed as "prodprod-eu"; "auditor\u200B" reads "auditor" and is another user.
    const hidden = (what: string, code: string) =>
      `${what} cannot hold ${code}, an invisible character that changes how the text reads; type it again without it.`;
    expect(
      validateConnectionRequest({
        ...valid,
        connection: {
          ...valid.connection,
          name: 'prod\u202Eue-dorp',
          auth: { kind: 'basic', username: 'auditor\u200B' },
        },
      }),
    ).toEqual({
      form: null,
      fields: {
        'connection.name': hidden('The connection’s name', 'U+202E'),
        'connection.auth.username': hidden('The user name', 'U+200B'),
      },
    });
  });

  it('names a hidden character in an address, the one the URL parser would drop and the one it refuses', () => {
    // The parser reads "https://es\u200B.example.com" as https://es.example.com: another host than on screen.
    const hidden = (code: string) =>
      `The cluster address cannot hold ${code}, an invisible character that changes how the text reads; type it again without it.`;
    const errors = validateConnectionRequest({
      ...valid,
      connection: {
        ...valid.connection,
        url: 'https://es\u200B.example.com:9200',
        failoverUrls: ['https://es2.example.com:9200', 'https://es3\u202E.example.com:9200'],
      },
    });
    expect(errors.fields).toEqual({
      'connection.url': hidden('U+200B'),
      'connection.failoverUrls': `Line 2: ${hidden('U+202E')}`,
    });
  });

  it('names every hidden character of a field at once', () => {
    const errors = validateConnectionRequest({
      ...valid,
      connection: { ...valid.connection, auth: { kind: 'basic', username: 'a\u200Bb\u202Eevil' } },
    });
    expect(errors.fields).toEqual({
      'connection.auth.username':
        'The user name cannot hold U+200B and U+202E, invisible characters that change how the text reads; type it again without them.',
    });
  });

  it('refuses a card number or IBAN in any field it types, and never repeats one', () => {
    const card = (what: string) =>
      `${what} holds what looks like a card number ending 1111; full card numbers and IBANs are never sent or kept. Write it without the number: a card’s last four digits are enough to name it.`;
    const errors = validateConnectionRequest(
      {
        ...valid,
        connection: {
          ...valid.connection,
          name: 'Card 4111111111111111',
          url: 'https://es.example.com:9200/4111-1111-1111-1111',
          failoverUrls: ['https://es.example.com:9200/4111-1111-1111-1111'],
          auth: { kind: 'basic', username: 'DE89 3704 0044 0532 0130 00' },
          indexPatterns: { operational: '4111 1111 1111 1111', activity: 'Crm-DE89370400440532013000' },
        },
      },
      [1],
    );
    expect(errors.fields).toEqual({
      'connection.name': card('The connection’s name'),
      'connection.url': card('The cluster address'),
      'connection.failoverUrls':
        'Line 1: https://es.example.com:9200/[redacted: card •••• 1111] is listed twice; list each node once.',
      'connection.auth.username':
        'The user name holds what looks like an IBAN; full card numbers and IBANs are never sent or kept. Write it without the number.',
      'connection.indexPatterns.operational': card('The index pattern'),
      'connection.indexPatterns.activity':
        'The index pattern holds what looks like an IBAN; full card numbers and IBANs are never sent or kept. Write it without the number.',
    });
    expect(JSON.stringify(errors)).not.toMatch(/4111.?1111.?1111|3704.?0044/);
  });

  it('refuses a token or password in any field it types, names its kind and never repeats it', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const looks = (what: string, kind: string, noun: string) =>
      `${what} holds what looks like ${kind}; secrets are never sent or kept. Write it without the ${noun}.`;
    const errors = validateConnectionRequest(
      {
        ...valid,
        connection: {
          ...valid.connection,
          name: `prod ${jwt}`,
          url: `https://es.example.com:9200/${jwt}`,
          failoverUrls: [`https://es.example.com:9200/${jwt}`],
          auth: { kind: 'basic', username: 'auditor password=hunter2' },
          indexPatterns: { operational: 'crm-logs-* Bearer 9f8e7d6c5b4a39281706f5e4', activity: 'token=hunter2' },
        },
      },
      [1],
    );
    expect(errors.fields).toEqual({
      'connection.name': looks('The connection’s name', 'an access token', 'token'),
      'connection.url': looks('The cluster address', 'an access token', 'token'),
      'connection.failoverUrls':
        'Line 1: https://es.example.com:9200/[redacted: JWT] is listed twice; list each node once.',
      'connection.auth.username': looks('The user name', 'a password', 'password'),
      'connection.indexPatterns.operational': looks('The index pattern', 'an access token', 'token'),
      'connection.indexPatterns.activity': looks('The index pattern', 'an access token', 'token'),
    });
    expect(JSON.stringify(errors)).not.toMatch(/eyJ|hunter2|9f8e7d/);
  });

  it('takes names that only speak of secrets', () => {
    for (const name of ['password reset abuse', 'Token review Q3', 'JWT login failures']) {
      expect(validateConnectionRequest({ ...valid, connection: { ...valid.connection, name } })).toBe(NO_ERRORS);
    }
  });

  it('says how long a field past its limit is now, a line of the other addresses too', () => {
    const errors = validateConnectionRequest({
      ...valid,
      connection: {
        ...valid.connection,
        name: `  ${'n'.repeat(300)} `,
        url: `https://es.example.com/${'a'.repeat(2100)}`,
        failoverUrls: ['https://es2.example.com:9200', `https://${'b'.repeat(2050)}.example.com`],
        indexPatterns: { operational: 'é'.repeat(1500), activity: 'crm-client-activity-*' },
      },
    });
    expect(errors.fields).toEqual({
      'connection.name': 'The connection’s name is too long: shorten it to at most 100 characters; this one has 300.',
      'connection.url': 'The cluster address is too long: shorten it to at most 2,048 characters; this one has 2,123.',
      'connection.failoverUrls':
        'Line 2: The cluster address is too long: shorten it to at most 2,048 characters; this one has 2,070.',
      'connection.indexPatterns.operational':
        'The index pattern is too long: shorten it to at most 1,024 characters; this one has 1,500.',
    });
  });

  it('says how many other nodes the list has past its limit, beside that field', () => {
    const failoverUrls = Array.from({ length: 11 }, (_, at) => `https://es${at + 2}.example.com:9200`);
    const errors = validateConnectionRequest({ ...valid, connection: { ...valid.connection, failoverUrls } });
    expect(errors).toEqual({
      fields: { 'connection.failoverUrls': 'A connection has too many other nodes: keep at most 9; this one has 11.' },
      form: null,
    });
  });

  it('names every line of the other addresses at fault, by the line it was typed on', () => {
    const typed = [
      'es2',
      '',
      'https://es3.example.com:9200',
      'ftp://es4.example.com',
      '',
      'https://es.example.com:9200',
      'es5',
    ].join('\n');
    const addresses = readAddressLines(typed);
    expect(addresses.map(({ line }) => line)).toEqual([1, 3, 4, 6, 7]);
    const errors = validateConnectionRequest(
      { ...valid, connection: { ...valid.connection, failoverUrls: addresses.map(({ address }) => address) } },
      addresses.map(({ line }) => line),
    );
    expect(errors.fields).toEqual({
      'connection.failoverUrls': [
        'Lines 1 and 7: Enter the cluster’s full address, e.g. https://es.example.com:9200.',
        'Line 4: The address must start with http:// or https://.',
        'Line 6: https://es.example.com:9200 is listed twice; list each node once.',
      ].join('\n'),
    });
  });

  it('names a card number, token or password on a line of the other addresses as the URL field does', () => {
    const card = '4111 1111 1111 1111';
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
    const typed = ['https://es2.example.com:9200', card, jwt, 'https://user:pass@host:99999/'];
    const asUrl = (url: string) =>
      validateConnectionRequest({ ...valid, connection: { ...valid.connection, url } }).fields['connection.url'];
    const errors = validateConnectionRequest({ ...valid, connection: { ...valid.connection, failoverUrls: typed } });
    expect(errors.fields).toEqual({
      'connection.failoverUrls': [
        `Line 2: ${asUrl(card)}`,
        `Line 3: ${asUrl(jwt)}`,
        `Line 4: ${asUrl('https://user:pass@host:99999/')}`,
      ].join('\n'),
    });
    const said = errors.fields['connection.failoverUrls'] ?? '';
    expect(said).toMatch(/^Line 2: The cluster address holds what looks like a card number ending 1111;/);
    expect(said).toMatch(/Line 3: The cluster address holds what looks like an access token;/);
    expect(said).toMatch(/Line 4: A user name or password is not kept in the address.*from 1 to 65535/);
    for (const secret of [card, jwt, 'pass@']) expect(said).not.toContain(secret);
  });

  it.each([
    [
      { ok: false, code: 'BAD_REQUEST', message: 'Enter the password.', field: 'secret' },
      { fields: { secret: 'Enter the password.' }, form: null },
    ],
    [
      {
        ok: false,
        code: 'BAD_REQUEST',
        message: 'Invalid request — connection.url: The address must start with http:// or https://.',
        field: 'connection.url',
      },
      { fields: { 'connection.url': 'The address must start with http:// or https://.' }, form: null },
    ],
    [
      { ok: false, code: 'DISK_FULL', message: 'The connection “prod” was not saved: the disk is full.' },
      { fields: {}, form: 'The connection “prod” was not saved: the disk is full.' },
    ],
    [
      { ok: false, code: 'BAD_REQUEST', message: 'Invalid request — connection.id: too long', field: 'connection.id' },
      { fields: {}, form: 'Invalid request — connection.id: too long' },
    ],
  ] as const)('places a failure from main: %j', (failure, expected) => {
    expect(failureToErrors(failure)).toEqual(expected);
  });
});
