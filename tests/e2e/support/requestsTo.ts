import type { Page } from '@playwright/test';

/** A request the page sent to main: its channel (`logs/search`) and its body as sent. */
export interface AskedRequest {
  channel: string;
  /** The body's text, '' when it has none. */
  body: string;
  /** The body read as JSON, undefined when it has none. */
  json: () => unknown;
}

/**
 * What `read` makes of each request the page sends to one of `channels` from now on, in order, leaving out
 * those `keep` turns down. The list fills as the page asks, so a test can poll it.
 */
export function recordRequestsTo<T>(
  page: Page,
  channels: readonly string[],
  read: (asked: AskedRequest) => T,
  keep: (asked: AskedRequest) => boolean = () => true,
): T[] {
  const recorded: T[] = [];
  page.on('request', (request) => {
    const channel = channels.find((each) => request.url().endsWith(`/api/${each}`));
    if (!channel) return;
    const body = request.postData() ?? '';
    const asked = { channel, body, json: () => (body ? (JSON.parse(body) as unknown) : undefined) };
    if (keep(asked)) recorded.push(read(asked));
  });
  return recorded;
}

/**
 * The channels (`cases/create`, `views/save`) the page asked the console for from now on, in order; with
 * `keep`, only those of the requests it keeps (by their bodies, say).
 */
export function requestsTo(
  page: Page,
  channels: readonly string[],
  keep: (asked: AskedRequest) => boolean = () => true,
): string[] {
  return recordRequestsTo(page, channels, ({ channel }) => channel, keep);
}
