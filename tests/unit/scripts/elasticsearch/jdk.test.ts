import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findJdk, parseJavaMajorVersion, pickJdk } from '../../../../scripts/elasticsearch/jdk';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jvm-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('parseJavaMajorVersion', () => {
  it.each([
    ['JAVA_VERSION="25.0.3"\nJAVA_VERSION_DATE="2026-04-21"', 25],
    ['IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="21.0.5"', 21],
    ['JAVA_VERSION="17.0.15"', 17],
    ['JAVA_VERSION="1.8.0_392"', 8],
    ['JAVA_VERSION="22"', 22],
    ['JAVA_VERSION="26-ea"', 26],
    ['JAVA_VERSION=21.0.1', 21],
    ['JAVA_VERSION="21.0.2"\r\nOS_NAME="Linux"', 21],
    ['JAVA_RUNTIME_VERSION="21.0.5+11"', undefined],
    ['JAVA_VERSION="abc"', undefined],
    ['', undefined],
  ])('%j -> %s', (release, expected) => {
    expect(parseJavaMajorVersion(release)).toBe(expected);
  });
});

describe('pickJdk', () => {
  const jdk = (home: string, major: number) => ({ home, major });
  it.each([
    { name: 'none', candidates: [], expected: undefined },
    { name: 'only too old', candidates: [jdk('/a', 17), jdk('/b', 11)], expected: undefined },
    { name: 'exactly the minimum', candidates: [jdk('/a', 17), jdk('/b', 21)], expected: '/b' },
    { name: 'the newest', candidates: [jdk('/a', 21), jdk('/b', 25), jdk('/c', 23)], expected: '/b' },
    { name: 'first on a tie', candidates: [jdk('/a', 21), jdk('/b', 21)], expected: '/a' },
  ])('$name', ({ candidates, expected }) => {
    expect(pickJdk(candidates)?.home).toBe(expected);
  });
});

describe('findJdk', () => {
  function jvmDir(versions: Record<string, string>): string {
    const dir = tempDir();
    for (const [name, version] of Object.entries(versions)) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'release'), `JAVA_VERSION="${version}"\n`);
    }
    return dir;
  }

  it('prefers JAVA_HOME when it is 21+', () => {
    const dir = jvmDir({ 'temurin-21': '21.0.5', 'temurin-25': '25.0.3' });
    expect(findJdk({ JAVA_HOME: join(dir, 'temurin-21') }, dir)).toEqual({ home: join(dir, 'temurin-21'), major: 21 });
  });

  it('ignores a JAVA_HOME older than 21 and takes the newest under the JVM directory', () => {
    const dir = jvmDir({ 'java-17': '17.0.15', 'temurin-21': '21.0.5', 'temurin-25': '25.0.3' });
    expect(findJdk({ JAVA_HOME: join(dir, 'java-17') }, dir).home).toBe(join(dir, 'temurin-25'));
  });

  it('says what to install when there is no JDK 21+', () => {
    const dir = jvmDir({ 'java-17': '17.0.15' });
    expect(() => findJdk({}, dir)).toThrow(/No JDK 21\+ found under .* or JAVA_HOME; install Temurin 21\+/);
    expect(() => findJdk({}, join(dir, 'missing'))).toThrow(/No JDK 21\+ found/);
  });
});
