import { describe, expect, it } from 'vitest';
import { clientEmail } from '../../../../src/main/demoData/clientEmail';
import { DocumentSink } from '../../../../src/main/demoData/documentSink';
import { ObjectIdFactory } from '../../../../src/main/demoData/objectIdFactory';
import { SeededRandom } from '../../../../src/main/demoData/seededRandom';
import { redactSecrets } from '../../../../src/main/redaction/redactSecrets';
import { materialize, MEDIUM } from './datasetFixtures';

describe('the long tail of client activity', () => {
  const { activity } = materialize(MEDIUM);
  const perClient = new Map<string, number>();
  for (const event of activity) perClient.set(event.clientId, (perClient.get(event.clientId) ?? 0) + 1);
  const counts = [...perClient.values()].sort((a, b) => b - a);

  it('gives most clients little activity and a few a lot', () => {
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(median).toBeLessThan(100);
    expect(counts[0]).toBeGreaterThan(30 * median);
    expect(counts.filter((count) => count > 1_000).length).toBeLessThan(counts.length / 20);
  });

  it('gives a book of a thousand clients one professional trader, busier than anyone else by far', () => {
    const { activity: book } = materialize({ clients: 1_000, days: 10, seed: 'tail', endDate: '2026-06-30' });
    const byClient = new Map<string, number>();
    for (const event of book) byClient.set(event.clientId, (byClient.get(event.clientId) ?? 0) + 1);
    const [heaviest = 0, next = 0] = [...byClient.values()].sort((a, b) => b - a);
    expect(heaviest).toBeGreaterThan(2 * next);
    expect(heaviest).toBeGreaterThan(2_500);
  });

  it('logs the e-mail a client registered with on registration, login and password reset, the same every time', () => {
    const emails = new Map<string, Set<string>>();
    const carriers = ['client.registered', 'client.logged_in', 'client.password_reset_requested'];
    for (const event of activity.filter((candidate) => carriers.includes(candidate.eventName))) {
      const email = event.metadata.email;
      expect(typeof email).toBe('string');
      expect(String(email)).toMatch(/^[a-z]+(\.[a-z]+)?\d{0,2}@(example\.(com|org|net)|(mail|inbox)\.example)$/);
      emails.set(event.clientId, (emails.get(event.clientId) ?? new Set()).add(String(email)));
    }
    expect(emails.size).toBeGreaterThan(200);
    for (const set of emails.values()) expect(set.size).toBe(1);
    const distinct = new Set([...emails.values()].flatMap((set) => [...set]));
    expect(distinct.size).toBeGreaterThan(emails.size * 0.95);
  });

  it('keeps e-mail addresses readable: they are not secrets', () => {
    const login = activity.find((event) => event.eventName === 'client.logged_in');
    expect(login).toBeDefined();
    const { value, tally } = redactSecrets(login?.metadata);
    expect(value).toEqual(login?.metadata);
    expect(tally.total).toBe(0);
  });
});

describe('clientEmail', () => {
  it.each([
    ['Anna Müller', '66f21bcd9d4b35c613008b6e'],
    ['Emre Yılmaz', '66f21bcd9d4b35c613008b00'],
    ['Daan de Vries', '66f21bcd9d4b35c6130f8b01'],
    ['Kasia Wiśniewska', '66f21bcd9d4b35c613ab8b02'],
  ])('spells %s as a plain ASCII mailbox on a reserved domain', (name, id) => {
    const email = clientEmail(name, id);
    expect(email).toMatch(/^[a-z.]+\d{0,2}@[a-z.]+$/);
    expect(email).toBe(clientEmail(name, id));
  });
});

describe('DocumentSink.loseActivity', () => {
  it("drops one app's activity inside the window, for every client, and nothing else", () => {
    const sink = new DocumentSink(new ObjectIdFactory(new SeededRandom('sink')), 0, 10_000);
    const event = (atMs: number, sourceApp: 'terminal' | 'tradersroom', clientId: string) =>
      sink.activity(atMs, {
        clientId,
        actorType: 'client',
        actorId: null,
        actorName: null,
        sourceApp,
        eventName: 'client.route_entered',
        message: '',
        metadata: {},
        change: null,
      });
    event(100, 'terminal', 'a');
    event(200, 'terminal', 'b');
    event(250, 'tradersroom', 'a');
    event(300, 'terminal', 'a');
    sink.loseActivity('terminal', 150, 300);
    event(180, 'terminal', 'c');
    const kept = sink
      .drain(Number.POSITIVE_INFINITY)
      .map((item) => (item.family === 'activity' ? `${item.doc.sourceApp}@${item.doc.createdAt.slice(-4)}` : ''));
    expect(kept).toEqual(['terminal@100Z', 'tradersroom@250Z', 'terminal@300Z']);
  });
});
