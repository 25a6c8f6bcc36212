import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOrThrow, which } from './exec';
import { type DistributionPaths, ES_VERSION } from './paths';
import { extractZip } from './unzip';

export const ES_ARTIFACT = `org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip`;

/**
 * SHA-512 of elasticsearch-9.4.3.zip (integ-test-zip), computed from the copy Maven resolved from
 * Central (SHA-1 30445790f1078835ba325756d7edf4e018e907d0). Pinned so that a changed or corrupted
 * artifact is refused before anything in it runs. Bump together with ES_VERSION.
 */
export const ES_ZIP_SHA512 =
  'd4ce9678ef69387c41caeefbebdfbf485da920645bcf48a8261f635fc27e8a7d5b8fd4c3ee51b0c85d49fc8d12a6ea262723ab0c5804ec0d4c152fe6d5f2b6f2';

export type Log = (line: string) => void;

/** Fetches (via Maven), verifies and unpacks the distribution once; returns ES_HOME. */
export async function ensureDistribution(paths: DistributionPaths, log: Log): Promise<string> {
  if (isUnpacked(paths)) return paths.home;
  mkdirSync(paths.versionDir, { recursive: true, mode: 0o755 });

  if (!existsSync(paths.zip)) await fetchWithMaven(paths, log);
  const actual = await sha512Of(paths.zip);
  if (actual !== ES_ZIP_SHA512) {
    rmSync(paths.zip, { force: true });
    throw new Error(
      `SHA-512 mismatch for ${paths.zip} (${ES_ARTIFACT}); deleted it.\n` +
        `  expected ${ES_ZIP_SHA512}\n  actual   ${actual}\n` +
        `The download is corrupt or not the artifact this script pins. If ~/.m2 holds a bad copy, delete ` +
        `~/.m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/${ES_VERSION} and retry.`,
    );
  }

  log(`Unpacking ${paths.zip} ...`);
  const staging = `${paths.home}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await extractZip(paths.zip, staging);
  const unpacked = join(staging, `elasticsearch-${ES_VERSION}`);
  if (!existsSync(join(unpacked, 'bin', 'elasticsearch'))) {
    throw new Error(`${paths.zip} did not contain elasticsearch-${ES_VERSION}/bin/elasticsearch`);
  }
  rmSync(paths.home, { recursive: true, force: true });
  renameSync(unpacked, paths.home);
  rmSync(staging, { recursive: true, force: true });
  writeFileSync(paths.marker, `${ES_ZIP_SHA512}\n`);
  return paths.home;
}

function isUnpacked(paths: DistributionPaths): boolean {
  try {
    return (
      readFileSync(paths.marker, 'utf8').trim() === ES_ZIP_SHA512 &&
      existsSync(join(paths.home, 'bin', 'elasticsearch'))
    );
  } catch {
    return false;
  }
}

async function fetchWithMaven(paths: DistributionPaths, log: Log): Promise<void> {
  const mvn = which('mvn');
  if (mvn === undefined) {
    throw new Error(
      `Maven (mvn) not found on PATH; it fetches ${ES_ARTIFACT} from Maven Central. ` +
        `Install it (apt-get install maven) or place the zip at ${paths.zip}.`,
    );
  }
  log(`Fetching ${ES_ARTIFACT} with Maven ...`);
  // cwd is the cache dir so a pom.xml in the caller's directory cannot change what Maven does.
  await runOrThrow(
    mvn,
    ['-q', '-B', 'dependency:copy', `-Dartifact=${ES_ARTIFACT}`, `-DoutputDirectory=${paths.versionDir}`],
    'mvn dependency:copy',
    { cwd: paths.versionDir },
  );
  if (!existsSync(paths.zip)) throw new Error(`Maven finished but ${paths.zip} is missing`);
}

export function sha512Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha512');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
