import { describe, expect, it } from 'vitest';
import { BUSINESS_MODELS, OPERATIONAL_ACTIONS } from '../../../../src/shared/domain/operationalLog';
import { materialize, MEDIUM } from './datasetFixtures';

describe('generated content', () => {
  const { operational, activity } = materialize(MEDIUM);

  it('has operational logs across every business model, sub model and all seven actions', () => {
    expect(new Set(operational.map((log) => log.action))).toEqual(new Set(OPERATIONAL_ACTIONS));
    const pairs = new Set(operational.map((log) => `${log.businessModel}/${log.subModel}`));
    for (const [model, subModels] of Object.entries(BUSINESS_MODELS))
      for (const sub of subModels) expect(pairs).toContain(`${model}/${sub}`);
    expect(new Set(operational.map((log) => log.origin))).toEqual(new Set(['internal', 'external']));
    expect(new Set(operational.map((log) => log.source))).toEqual(new Set(['UI', 'API']));
    expect(operational.every((log) => log.appInstance.length > 0 && log.requestPath.startsWith('/'))).toBe(true);
  });

  it('logs the payment provider round trip with info and error statuses', () => {
    const webhooks = operational.filter((log) => log.action === 'webhook');
    expect(webhooks.some((log) => log.description === 'Sending transaction to Huntli' && log.status === 'info')).toBe(
      true,
    );
    const failures = webhooks.filter((log) => log.description === 'Error while trying to send transaction to Huntli');
    expect(failures.length).toBeGreaterThan(10);
    for (const failure of failures) {
      expect(failure.status).toBe('error');
      expect(failure.origin).toBe('external');
      expect(failure.error).toBeTruthy();
    }
    const parsable = failures.filter((log) => {
      try {
        return typeof JSON.parse(log.error ?? '') === 'object';
      } catch {
        return false;
      }
    });
    expect(parsable.length).toBeGreaterThan(0);
    expect(failures.some((log) => /\n\s+at /.test(log.error ?? ''))).toBe(true);
  });

  it('keeps error text on error logs only', () => {
    for (const log of operational) expect(log.error === null).toBe(log.status === 'info');
  });

  it('identifies API actors by token id and name only', () => {
    const viaApi = operational.filter((log) => log.api !== null);
    expect(viaApi.length).toBeGreaterThan(100);
    for (const log of viaApi) {
      expect(Object.keys(log.api ?? {}).sort()).toEqual(['id', 'name']);
      expect(log.origin).toBe('external');
    }
  });

  it('gives manager events a structured change whose before/after hold only the changed fields', () => {
    const managerEvents = activity.filter((event) => event.actorType === 'manager');
    expect(managerEvents.length).toBeGreaterThan(100);
    for (const event of managerEvents) {
      expect(event.actorId).toBeTruthy();
      expect(event.actorName).toBeTruthy();
      const change = event.change;
      if (!change) throw new Error(`event ${event.id} has no change`);
      expect(change).not.toBeNull();
      expect(Object.keys(change.after).sort()).toEqual([...change.changedFields].sort());
      if (change.actionType !== 'create')
        expect(Object.keys(change.before).sort()).toEqual([...change.changedFields].sort());
      for (const field of change.changedFields) {
        if (change.actionType !== 'create') expect(change.before[field]).not.toEqual(change.after[field]);
      }
    }
    for (const event of activity.filter((candidate) => candidate.actorType !== 'manager'))
      expect(event.change).toBeNull();
  });

  it('shares one bulk id over many clients per bulk operation', () => {
    const bulks = new Map<string, { clients: Set<string>; sizes: Set<number | null> }>();
    for (const event of activity.filter((candidate) => candidate.eventName === 'manager.bulk_operation')) {
      const bulkId = event.change?.bulkId;
      expect(bulkId).toBeTruthy();
      const entry = bulks.get(String(bulkId)) ?? { clients: new Set(), sizes: new Set() };
      entry.clients.add(event.clientId);
      entry.sizes.add(event.change?.bulkSize ?? null);
      bulks.set(String(bulkId), entry);
    }
    expect(bulks.size).toBeGreaterThan(3);
    for (const { clients, sizes } of bulks.values()) {
      expect([...sizes]).toEqual([clients.size]);
    }
    expect(Math.max(...[...bulks.values()].map((bulk) => bulk.clients.size))).toBeGreaterThan(10);
  });

  it('logs profile edits with changed field names only', () => {
    const edits = activity.filter((event) => event.eventName === 'client.profile_edited');
    expect(edits.length).toBeGreaterThan(0);
    for (const edit of edits) {
      expect(Object.keys(edit.metadata).sort()).toEqual(['changedFields', 'sessionId']);
      expect(Array.isArray(edit.metadata.changedFields)).toBe(true);
    }
  });

  it('groups client events into sessions of one client, each with a login', () => {
    const sessions = new Map<string, { clientId: string; events: string[] }>();
    for (const event of activity.filter((candidate) => candidate.actorType !== 'manager')) {
      const sessionId = event.metadata.sessionId;
      expect(typeof sessionId).toBe('string');
      const session = sessions.get(String(sessionId)) ?? { clientId: event.clientId, events: [] };
      expect(session.clientId).toBe(event.clientId);
      session.events.push(event.eventName);
      sessions.set(String(sessionId), session);
    }
    const complete = [...sessions.values()].filter((session) => session.events.includes('client.logged_in'));
    expect(complete.length / sessions.size).toBeGreaterThan(0.95);
    const loggedOut = complete.filter((session) => session.events.at(-1) === 'client.logged_out').length;
    expect(loggedOut / complete.length).toBeGreaterThan(0.4);
    expect(loggedOut / complete.length).toBeLessThan(0.8);
  });
});
