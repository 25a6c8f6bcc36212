import type { InjectedViolation, ViolationKind } from './injectedViolation';
import type { SeedDocument } from './seedDocument';
import type { SeededRandom } from './seededRandom';
import { bearerToken, cardNumber, iban, jwt, password, privateKey, sessionCookie } from './sensitiveValues';

/** After the first (always planted), about one eligible document in this many gets each violation. */
const ONE_IN = 500;

type Planter = (item: SeedDocument, random: SeededRandom) => Omit<InjectedViolation, 'kind'>[] | undefined;

const PLANTERS: ReadonlyArray<readonly [ViolationKind, Planter]> = [
  [
    'password',
    (item, random) => {
      if (
        item.family !== 'activity' ||
        (item.doc.eventName !== 'client.password_restored' && item.doc.eventName !== 'client.logged_in')
      )
        return undefined;
      const value = password(random);
      item.doc.metadata = { ...item.doc.metadata, password: value };
      return [{ family: 'activity', docId: item.doc.id, field: 'metadata.password', value }];
    },
  ],
  [
    'cardNumber',
    (item, random) => {
      if (item.family !== 'activity' || item.doc.eventName !== 'client.deposit_submitted') return undefined;
      const value = cardNumber(random);
      item.doc.message = `${item.doc.message} (card ${value})`;
      return [{ family: 'activity', docId: item.doc.id, field: 'message', value }];
    },
  ],
  [
    'bearerToken',
    (item, random) => {
      if (item.family !== 'operational' || item.doc.status !== 'error') return undefined;
      const value = `Bearer ${bearerToken(random)}`;
      item.doc.error = JSON.stringify({
        name: 'AxiosError',
        message: 'Request failed with status code 401',
        status: 401,
        config: {
          method: 'post',
          url: 'https://api.huntli.example/v2/transactions',
          headers: { Authorization: value },
        },
      });
      return [{ family: 'operational', docId: item.doc.id, field: 'error', value }];
    },
  ],
  [
    'jwt',
    (item, random) => {
      if (item.family !== 'operational' || item.doc.status !== 'error') return undefined;
      const value = jwt(random, item.doc.client?.id ?? item.doc.id);
      item.doc.error = `JsonWebTokenError: invalid signature for token ${value}\n    at verify (/app/node_modules/jsonwebtoken/verify.js:171:19)`;
      return [{ family: 'operational', docId: item.doc.id, field: 'error', value }];
    },
  ],
  [
    'iban',
    (item, random) => {
      if (item.family !== 'activity' || item.doc.eventName !== 'manager.client_edited' || !item.doc.change)
        return undefined;
      const before = iban(random);
      const after = iban(random);
      const change = item.doc.change;
      change.before = { ...change.before, iban: before };
      change.after = { ...change.after, iban: after };
      change.changedFields = [...change.changedFields, 'iban'];
      return [
        { family: 'activity', docId: item.doc.id, field: 'change.before.iban', value: before },
        { family: 'activity', docId: item.doc.id, field: 'change.after.iban', value: after },
      ];
    },
  ],
  [
    'privateKey',
    (item, random) => {
      if (item.family !== 'operational' || item.doc.status !== 'error') return undefined;
      const value = privateKey(random);
      item.doc.error = `Error: could not sign the webhook payload with the configured key\n${value}\n    at sign (/app/dist/webhooks/signer.js:42:11)`;
      return [{ family: 'operational', docId: item.doc.id, field: 'error', value }];
    },
  ],
  [
    'cookie',
    (item, random) => {
      if (item.family !== 'operational' || item.doc.status !== 'error') return undefined;
      const sent = sessionCookie(random);
      const set = sessionCookie(random);
      item.doc.error = [
        'Error: provider answered 502; request and response headers follow',
        'Host: api.huntli.example',
        `Cookie: ${sent}; theme=dark`,
        'HTTP/1.1 502 Bad Gateway',
        `Set-Cookie: ${set}; Path=/; HttpOnly; Secure`,
      ].join('\n');
      return [
        { family: 'operational', docId: item.doc.id, field: 'error', value: sent },
        { family: 'operational', docId: item.doc.id, field: 'error', value: set },
      ];
    },
  ],
];

/**
 * Plants known privacy violations into real generated documents (the producers' mistakes the
 * console must redact) and remembers exactly where, as a manifest.
 */
export class ViolationInjector {
  readonly manifest: InjectedViolation[] = [];
  private readonly planted = new Map<ViolationKind, number>();

  constructor(private readonly random: SeededRandom) {}

  /** Mutates the document when it is chosen; at most one violation kind per document. */
  inspect(item: SeedDocument): void {
    for (const [kind, plant] of PLANTERS) {
      const first = !this.planted.has(kind);
      if (!first && !this.random.chance(1 / ONE_IN)) continue;
      const found = plant(item, this.random);
      if (!found) continue;
      const violations = found.map((entry) => ({ kind, ...entry }));
      this.manifest.push(...violations);
      item.violations = violations;
      this.planted.set(kind, (this.planted.get(kind) ?? 0) + 1);
      return;
    }
  }
}
