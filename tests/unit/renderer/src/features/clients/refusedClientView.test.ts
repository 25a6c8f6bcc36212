import { describe, expect, it } from 'vitest';
import { readClientPageRoute } from '../../../../../../src/renderer/src/features/clients/clientPageRoute';
import { refusedClientView } from '../../../../../../src/renderer/src/features/clients/refusedClientView';

const REFUSAL =
  'Your role (Support lead) does not allow this (activity:read); it is for the Auditor, Risk officer, Investigator and Console admin roles: ask a console admin for one.';
const refused = (route: string, role: 'supportLead' | 'riskOfficer' = 'supportLead') =>
  refusedClientView(role, 'C 1', readClientPageRoute(route), route.split('?', 2)[1] ?? '');

describe('refusedClientView: a client view that reads activity, asked for by a role that may not read it', () => {
  it.each([
    ['sessions', 'Sessions'],
    ['events', 'Events'],
    ['coverage', 'Coverage'],
  ])('refuses /%s in the console’s words and offers the Logs tab with the range', (view, label) => {
    expect(refused(`/clients/C%201/${view}?last=7d`)).toEqual({
      refusal: `The ${label} view reads client activity. ${REFUSAL}`,
      leftOut: null,
      logsPath: '/clients/C%201/logs?last=7d',
    });
  });

  it('names what else the link gives the refused view, the gap too, and leaves it out of the Logs tab', () => {
    const long = 'x'.repeat(5000);
    expect(refused(`/clients/C%201/sessions?gap=45&from=2026-10-01T00:00:00Z&tab=%E2%80%AE&zzz=${long}`)).toEqual({
      refusal: `The Sessions view reads client activity. ${REFUSAL}`,
      leftOut: `The Logs tab opens without what this link gives the Sessions view: gap=45, tab=⟨U+202E⟩, zzz=${'x'.repeat(79)}… (5,000 characters).`,
      logsPath: '/clients/C%201/logs?from=2026-10-01T00%3A00%3A00Z',
    });
    expect(refused('/clients/C%201/events?a=1&b=2&c=3&d=4&e=5')?.leftOut).toBe(
      'The Logs tab opens without what this link gives the Events view: a=1, b=2, c=3 and 2 more.',
    );
  });

  it('keeps a range bound not validly percent-encoded as written, and names what else is so as left out', () => {
    expect(refused('/clients/C%201/events?from=%E0%A4%A&to=2026-10-01T00:00:00Z&gap=%&q=%E0%A4%A')).toEqual({
      refusal: `The Events view reads client activity. ${REFUSAL}`,
      leftOut: 'The Logs tab opens without what this link gives the Events view: gap=%, q=%E0%A4%A.',
      logsPath: '/clients/C%201/logs?to=2026-10-01T00%3A00%3A00Z&from=%E0%A4%A',
    });
  });

  it('refuses nothing to a role that reads activity, on the Logs tab, or where the link names no view', () => {
    expect(refused('/clients/C%201/sessions?gap=45', 'riskOfficer')).toBeNull();
    expect(refused('/clients/C%201/logs?gap=45')).toBeNull();
    expect(refused('/clients/C%201')).toBeNull();
    expect(refused('/clients/C%201/?last=7d')).toBeNull();
    expect(refused('/clients/C%201/zzz')).toBeNull();
  });
});
