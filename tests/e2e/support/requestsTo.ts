import type { Page } from '@playwright/test';

/** The channels (`cases/create`, `views/save`) the page asked the console for from now on, in order. */
export function requestsTo(page: Page, channels: readonly string[]): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const channel = channels.find((each) => request.url().endsWith(`/api/${each}`));
    if (channel) asked.push(channel);
  });
  return asked;
}
