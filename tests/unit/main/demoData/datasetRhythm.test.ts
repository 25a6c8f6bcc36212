import { describe, expect, it } from 'vitest';
import { materialize, MEDIUM } from './datasetFixtures';

const DAY_MS = 86_400_000;

describe('dataset rhythm', () => {
  const { activity } = materialize(MEDIUM);
  const clientEvents = activity.filter((event) => event.actorType === 'client');
  const managerEvents = activity.filter((event) => event.actorType === 'manager');

  it('is busier on weekdays than at weekends', () => {
    const perDay = new Map<number, number>();
    for (const event of clientEvents) {
      const day = Math.floor(Date.parse(event.createdAt) / DAY_MS);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const average = (weekend: boolean) => {
      const days = [...perDay].filter(([day]) => [0, 6].includes(new Date(day * DAY_MS).getUTCDay()) === weekend);
      return days.reduce((sum, [, count]) => sum + count, 0) / days.length;
    };
    expect(average(false)).toBeGreaterThan(1.5 * average(true));
  });

  it('puts manager work in office hours and client activity mostly in the daytime', () => {
    const officeHours = managerEvents.filter((event) => {
      const hour = new Date(event.createdAt).getUTCHours();
      return hour >= 5 && hour <= 18;
    });
    expect(officeHours.length / managerEvents.length).toBeGreaterThan(0.97);
    const byHour = new Array<number>(24).fill(0);
    for (const event of clientEvents) {
      const hour = new Date(event.createdAt).getUTCHours();
      byHour[hour] = (byHour[hour] ?? 0) + 1;
    }
    const night = byHour.slice(0, 5).reduce((sum, count) => sum + count, 0) / 5;
    const day = byHour.slice(9, 19).reduce((sum, count) => sum + count, 0) / 10;
    expect(day).toBeGreaterThan(2 * night);
  });

  it('has a few heavy clients and many light ones', () => {
    const perClient = new Map<string, number>();
    for (const event of clientEvents) perClient.set(event.clientId, (perClient.get(event.clientId) ?? 0) + 1);
    const counts = [...perClient.values()].sort((a, b) => b - a);
    const total = counts.reduce((sum, count) => sum + count, 0);
    const topTenth = counts.slice(0, Math.ceil(counts.length / 10)).reduce((sum, count) => sum + count, 0);
    expect(topTenth / total).toBeGreaterThan(0.35);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(counts[0] ?? 0).toBeGreaterThan(10 * median);
  });
});
