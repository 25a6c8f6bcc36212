/** Where and how to reach a cluster: credentials are either a user/password or an API key. */
export interface ClusterTarget {
  /** Without credentials and without a trailing slash, e.g. `http://127.0.0.1:9200`. */
  url: string;
  username?: string;
  password?: string;
  apiKey?: string;
}

/**
 * The existing cluster named by ES_URL (credentials in the URL, or ES_USERNAME + ES_PASSWORD,
 * or ES_API_KEY), or undefined when ES_URL is not set.
 */
export function parseExternalTarget(env: NodeJS.ProcessEnv): ClusterTarget | undefined {
  const raw = env.ES_URL?.trim();
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`ES_URL is not a valid URL: "${raw}" (expected e.g. http://user:pass@host:9200)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`ES_URL must start with http:// or https://, got "${parsed.protocol}"`);
  }

  const urlUser = parsed.username === '' ? undefined : decodeURIComponent(parsed.username);
  const urlPassword = parsed.password === '' ? undefined : decodeURIComponent(parsed.password);
  const username = nonEmpty(env.ES_USERNAME) ?? urlUser;
  const password = nonEmpty(env.ES_PASSWORD) ?? urlPassword;
  const apiKey = nonEmpty(env.ES_API_KEY);
  if (username !== undefined && password === undefined) {
    throw new Error(`A username for ES_URL is set (${username}) but no password: set ES_PASSWORD`);
  }
  if (username === undefined && password !== undefined) {
    throw new Error('A password for ES_URL is set but no username: set ES_USERNAME');
  }
  if (apiKey !== undefined && username !== undefined) {
    throw new Error('Set either ES_API_KEY or a username and password for ES_URL, not both');
  }

  parsed.username = '';
  parsed.password = '';
  const url = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
  if (apiKey !== undefined) return { url, apiKey };
  if (username !== undefined && password !== undefined) return { url, username, password };
  return { url };
}

/** The Authorization header value for a target, if it has credentials. */
export function authorizationHeader(target: ClusterTarget): string | undefined {
  if (target.apiKey !== undefined) return `ApiKey ${target.apiKey}`;
  if (target.username !== undefined && target.password !== undefined) {
    return `Basic ${Buffer.from(`${target.username}:${target.password}`).toString('base64')}`;
  }
  return undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
