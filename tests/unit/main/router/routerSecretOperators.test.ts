import { beforeAll, describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../../../src/main/journal/Journal';
import { createRouter, type Router } from '../../../../src/main/router/createRouter';
import { createSettingsService } from '../../../../src/main/services/createSettingsService';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import type { Result } from '../../../../src/shared/contract/errors';
import type { Operator } from '../../../../src/shared/domain/roles';
import { Settings } from '../../../../src/shared/domain/settings';
import { recordedHandlers } from './recordedHandlers';
import { refusingHandlers } from './refusingHandlers';

/**
 * The hostile reading of the workstation's operators: a renderer that sends a card number, an IBAN, a JWT
 * or an API key as an operator's user id or name must get nothing kept. The router refuses it before the
 * settings are reached, at the field, in a sentence that never repeats it and is the same for any secret
 * of that shape, and the journal never holds it. So are a user listed twice and lists past their limits.
 */

const admin: Operator = { id: 'a1', name: 'Ada', role: 'admin', scope: null };

/** [what the secret is, one of its shape, another, what the refusal says it looks like]. */
const SECRETS = [
  ['a card number', '4111 1111 1111 1111', '5555 5555 5555 4444', 'a card number'],
  ['an IBAN', 'DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'an IBAN'],
  ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIyIn0.xyz', 'a JWT'],
  ['an API key', 'api_key=9f8e7d6c5b4a39281706', 'api_key=0a1b2c3d4e5f60718293', 'a password or other secret'],
] as const;
/** What any part of a secret gives away: more than a card's last four, an IBAN's bank code, a JWT header, a key. */
const GIVES_AWAY = /4111 ?1111|5555 ?5555|3704|WEST|eyJ|9f8e7d|0a1b2c/;

let router: Router;
let settings = Settings.parse({});
const handled: string[] = [];
const journaled: JournalRecord[] = [];

beforeAll(() => {
  const services = refusingHandlers(
    createSettingsService({
      current: () => settings,
      apply: (next) => Promise.resolve(void (settings = next)),
      secrets: new MemorySecretStore(),
    }),
  );
  const journal = { record: (line: JournalRecord) => Promise.resolve(void journaled.push(line)) };
  router = createRouter({ handlers: recordedHandlers(services, handled), currentOperator: () => admin, journal });
});

const operator = (fields: Partial<Operator>) => ({
  id: 'sam',
  name: 'Sam',
  role: 'supportLead',
  scope: null,
  ...fields,
});
const save = (operators: object[]): Promise<Result<unknown>> =>
  router.handle('settings/operators/save', { operators, defaultRole: 'auditor' }, { trusted: true });

/** Saves `operators` and expects it refused at `field` before anything is kept, with a sentence holding `says`. */
async function expectRefused(operators: object[], field: string, says: string): Promise<string> {
  handled.length = 0;
  journaled.length = 0;
  const before = settings;
  const refused = await save(operators);
  expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST', field });
  const message = refused.ok ? '' : refused.message;
  expect(message).toContain(says);
  expect(handled).toEqual([]);
  expect(settings).toBe(before);
  return message;
}

describe('operators saved with a secret in their id or name, through the router', () => {
  for (const [secret, one, other, looksLike] of SECRETS) {
    for (const [what, field] of [
      ['user id', 'id'],
      ['name', 'name'],
    ] as const) {
      it(`an operator’s ${what} holding ${secret} is refused at the field and nothing of it is kept`, async () => {
        const message = await expectRefused(
          [operator({ [field]: one })],
          `operators.0.${field}`,
          `The ${what} looks like ${looksLike}`,
        );
        expect(message).toContain('secrets are never kept, so the operators were not saved');
        expect(message).not.toMatch(GIVES_AWAY);
        expect(JSON.stringify(journaled)).not.toMatch(GIVES_AWAY);
        const again = await save([operator({ [field]: other })]);
        expect(again).toEqual({ ok: false, code: 'BAD_REQUEST', field: `operators.0.${field}`, message });
      });
    }
  }

  it('a user listed twice is refused at the second, naming the first', async () => {
    await expectRefused(
      [operator({}), operator({ id: 'kim', name: 'Kim' }), operator({ name: 'Sam again' })],
      'operators.2.id',
      'Operator 1 has this user id already; list each user once',
    );
  });

  it('a blank user id, a scope of no clients and lists past their limits are refused in sentences', async () => {
    await expectRefused([operator({ id: '  ' })], 'operators.0.id', 'Give each operator an id.');
    await expectRefused(
      [operator({ scope: { clientIds: [] } })],
      'operators.0.scope.clientIds',
      'List the clients this operator may read',
    );
    await expectRefused(
      [operator({ id: 'x'.repeat(300) })],
      'operators.0.id',
      'The user id is too long: shorten it to at most 256 characters; this one has 300.',
    );
    const many = Array.from({ length: 501 }, (_, at) => operator({ id: `user-${at}` }));
    await expectRefused(many, 'operators', 'The list holds too many operators: keep at most 500; this one holds 501.');
  });

  it('operators with ordinary ids, names and scopes are still saved', async () => {
    const saved = await save([
      operator({ scope: { clientIds: ['c1', 'c2'] } }),
      operator({ id: 'kim', name: 'Kim' }),
      operator({ id: 'a1', name: 'Ada', role: 'admin' }),
    ]);
    expect(saved).toMatchObject({
      ok: true,
      data: {
        operators: [
          { id: 'sam', scope: { clientIds: ['c1', 'c2'] } },
          { id: 'kim', scope: null },
          { id: 'a1', role: 'admin' },
        ],
      },
    });
  });
});

/** [what it is, the character]: each hides or reorders what is around it wherever the name is shown. */
const HIDDEN = [
  ['a right-to-left override', '\u202E'],
  ['a left-to-right embedding', '\u202A'],
  ['a first-strong isolate', '\u2068'],
  ['a pop directional isolate', '\u2069'],
  ['a zero-width space', '\u200B'],
  ['a right-to-left mark', '\u200F'],
  ['a byte order mark', '\uFEFF'],
  ['a bell (a control character)', '\u0007'],
] as const;

describe('operators saved with a hidden or reordering character in their id or name, through the router', () => {
  for (const [what, char] of HIDDEN) {
    const name = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    it(`an id or name holding ${what} is refused at the field, naming it ${name}`, async () => {
      const id = await expectRefused(
        [operator({ id: `ad${char}min` })],
        'operators.0.id',
        `The user id cannot hold ${name}`,
      );
      expect(id).toContain('an invisible character that changes how the text reads; type it again without it.');
      await expectRefused([operator({ name: `Sam ${char}nimda` })], 'operators.0.name', `The name cannot hold ${name}`);
      await expectRefused(
        [operator({ scope: { clientIds: ['c1', `c${char}2`] } })],
        'operators.0.scope.clientIds.1',
        `A client id cannot hold ${name}`,
      );
      expect(JSON.stringify(journaled)).not.toContain(char);
    });
  }

  it('names every hidden character of a name at once, so one pass takes them all out', async () => {
    await expectRefused(
      [operator({ name: '\u2066Sam\u2069\u202E' })],
      'operators.0.name',
      'The name cannot hold U+2066, U+2069 and U+202E, invisible characters that change how the text reads',
    );
  });
});
