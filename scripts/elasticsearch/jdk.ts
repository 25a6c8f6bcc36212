import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MINIMUM_JDK = 21;

export interface Jdk {
  home: string;
  major: number;
}

/** The major Java version from a JDK's `release` file (`JAVA_VERSION="21.0.5"`, `"1.8.0_392"`, `"25-ea"`). */
export function parseJavaMajorVersion(releaseText: string): number | undefined {
  const match = /^JAVA_VERSION\s*=\s*"?([^"\r\n]+)"?\s*$/m.exec(releaseText);
  const version = match?.[1]?.trim();
  if (version === undefined) return undefined;
  const parts = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (parts === null) return undefined;
  const first = Number(parts[1]);
  // Java 8 and older report themselves as 1.x.
  return first === 1 && parts[2] !== undefined ? Number(parts[2]) : first;
}

/** The newest candidate at or above the minimum; on a tie, the first one given. */
export function pickJdk(candidates: readonly Jdk[], minimum = MINIMUM_JDK): Jdk | undefined {
  let best: Jdk | undefined;
  for (const candidate of candidates) {
    if (candidate.major < minimum) continue;
    if (best === undefined || candidate.major > best.major) best = candidate;
  }
  return best;
}

function readJdk(home: string): Jdk | undefined {
  try {
    const major = parseJavaMajorVersion(readFileSync(join(home, 'release'), 'utf8'));
    return major === undefined ? undefined : { home, major };
  } catch {
    return undefined;
  }
}

/**
 * A JDK 21+ for Elasticsearch: ES_JAVA_HOME or JAVA_HOME when they are new enough,
 * else the newest one under /usr/lib/jvm.
 */
export function findJdk(env: NodeJS.ProcessEnv, jvmDir = '/usr/lib/jvm'): Jdk {
  for (const name of ['ES_JAVA_HOME', 'JAVA_HOME'] as const) {
    const home = env[name];
    if (home === undefined || home === '') continue;
    const jdk = readJdk(home);
    if (jdk !== undefined && jdk.major >= MINIMUM_JDK) return jdk;
  }
  let entries: string[] = [];
  try {
    entries = readdirSync(jvmDir).sort();
  } catch {
    // no such directory: fall through to the error below
  }
  const found = pickJdk(
    entries.map((entry) => readJdk(join(jvmDir, entry))).filter((jdk): jdk is Jdk => jdk !== undefined),
  );
  if (found !== undefined) return found;
  throw new Error(
    `No JDK ${MINIMUM_JDK}+ found under ${jvmDir} or JAVA_HOME; install Temurin ${MINIMUM_JDK}+ ` +
      `(e.g. apt-get install temurin-21-jdk from packages.adoptium.net) or point JAVA_HOME at one. ` +
      `Elasticsearch 9.x needs Java ${MINIMUM_JDK} or newer.`,
  );
}
