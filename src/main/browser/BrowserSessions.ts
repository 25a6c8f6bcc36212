import { randomBytes, timingSafeEqual } from 'node:crypto';

/** What a tab holds once its launch address was spent: a header token in the page, a cookie the page cannot read. */
export interface BrowserSession {
  header: string;
  cookie: string;
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function same(candidate: string | undefined, secret: string): boolean {
  if (candidate === undefined) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Browser mode's credentials. A launch token opens the console once and is then spent. It buys a
 * session of two halves: a cookie named after this server's port (cookies are not port-scoped, so
 * other local servers receive it, but it is useless to them alone) and a header token the page keeps
 * in its own storage, which only this origin can read.
 */
export class BrowserSessions {
  private readonly launches: string[] = [];
  private readonly sessions: BrowserSession[] = [];

  constructor(readonly cookieName: string) {}

  issueLaunchToken(): string {
    const token = newSecret();
    this.launches.push(token);
    return token;
  }

  /** Spends a launch token; null when it was never issued or already used. */
  exchange(launch: string): BrowserSession | null {
    const index = this.launches.findIndex((token) => same(launch, token));
    if (index < 0) return null;
    this.launches.splice(index, 1);
    const session = { header: newSecret(), cookie: newSecret() };
    this.sessions.push(session);
    return session;
  }

  /** Both halves must belong to one session. */
  admits(header: string | undefined, cookie: string | undefined): boolean {
    return this.sessions.some((session) => same(header, session.header) && same(cookie, session.cookie));
  }
}
