import type { BundleProblem, BundleVerdict } from '../contract/exportChannels';
import { showHiddenCharacters } from './hiddenCharacters';
import { ROLE_LABELS } from './roles';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The problems a failed check only counts ("1 altered, missing or added"): the report names each of them
 * after the checks. Every other problem says what its failed check already says, so it is not said twice.
 */
const NAMED_AFTER_CHECKS: ReadonlySet<BundleProblem['kind']> = new Set([
  'record-altered',
  'record-missing',
  'record-added',
  'file-added',
  'file-missing',
]);

function fingerprint(hex: string): string {
  return (hex.match(/.{1,4}/g) ?? []).join(' ');
}

function source(custody: NonNullable<BundleVerdict['custody']>): string {
  const from = custody.source;
  if (from.kind === 'embedded') return `${from.label}${from.file ? ` (${from.file})` : ''}`;
  const cluster = from.clusterName ? `cluster "${from.clusterName}"` : 'a cluster';
  const uuid = from.clusterUuid ? `, uuid ${from.clusterUuid}` : '';
  const key = from.authenticatedAs.apiKeyId ? `, API key id ${from.authenticatedAs.apiKeyId}` : '';
  const user = from.authenticatedAs.username ? ` as ${from.authenticatedAs.username}` : '';
  return `${cluster} at ${from.url}${uuid}${user}${key}; indices ${from.indexPatterns.operational}, ${from.indexPatterns.activity}`;
}

/**
 * The verdict as a plain report a person without the engineering background can read, check by check.
 * Much of it comes from the bundle file (its custody record, its files' names), which anyone may have
 * written: each line shows every character that hides, reorders or breaks text by its name, ⟨U+001B⟩, so
 * no escape sequence, line end or direction override in a forged file can rewrite the report on a
 * terminal or on screen.
 */
export function describeBundleVerdict(verdict: BundleVerdict): string {
  return reportLines(verdict)
    .map((line) => showHiddenCharacters(line))
    .join('\n');
}

function reportLines(verdict: BundleVerdict): string[] {
  const lines: string[] = [
    'Audit Console bundle check',
    `File:      ${verdict.path}${verdict.bytes ? ` (${size(verdict.bytes)})` : ''}`,
  ];
  if (verdict.verdict === 'unreadable') {
    lines.push('', `Verdict: CANNOT CHECK. ${verdict.unreadable ?? 'The file is not a bundle this console reads.'}`);
    return lines;
  }
  const custody = verdict.custody;
  if (custody) {
    const who = `${custody.operator.name} (${custody.operator.id}), ${ROLE_LABELS[custody.operator.role]}`;
    lines.push(
      `Exported:  ${custody.exportedAt
        .replace('T', ' ')
        .replace(/\.\d+Z$/, '')
        .replace(/Z$/, '')} UTC by ${who}`,
    );
    lines.push(`Purpose:   ${custody.purpose}`);
    lines.push(`Source:    ${source(custody)}`);
    lines.push(
      `Console:   ${custody.console.name} ${custody.console.version}; redaction policy ${custody.redaction.policyHash}`,
    );
  }
  if (verdict.records !== null) lines.push(`Records:   ${verdict.records.toLocaleString('en')}`);
  if (verdict.signer) {
    const known = verdict.signer.knownAs ?? 'NOT a key you trust';
    lines.push(`Signed by: key ${fingerprint(verdict.signer.fingerprint)} (${known})`);
  }
  lines.push('', 'Checks');
  for (const check of verdict.checks) lines.push(`  ${check.ok ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`);
  const named = verdict.problems.filter((problem) => NAMED_AFTER_CHECKS.has(problem.kind));
  const problems = named.length + verdict.moreProblems;
  if (problems > 0) {
    lines.push('', `Problems (${problems.toLocaleString('en')})`);
    for (const problem of named) lines.push(`  - ${problem.message}`);
    if (verdict.moreProblems > 0) lines.push(`  … and ${verdict.moreProblems.toLocaleString('en')} more.`);
  }
  lines.push(
    '',
    verdict.verdict === 'intact'
      ? 'Verdict: INTACT. Every file and every record is exactly as it was exported, and the bundle is signed by a key you trust.'
      : `Verdict: ALTERED. This bundle is not exactly as it was exported and signed: see the failed checks${problems > 0 ? ' and problems' : ''} above.`,
  );
  return lines;
}
