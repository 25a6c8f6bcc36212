import type { Ref } from 'react';
import type { BundleVerdict } from '../../../../shared/contract/exportChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';

const HEADLINES: Readonly<Record<BundleVerdict['verdict'], string>> = {
  intact: 'The bundle checks out',
  altered: 'Not opened: this bundle was altered',
  unreadable: 'Not opened: this file cannot be read as a bundle',
};

interface BundleVerdictPanelProps {
  verdict: BundleVerdict;
  /** The headline, focusable from script: the focus goes there when the verdict comes. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Why a bundle stayed closed: every altered, missing or added file or record, each said once. Each failed
 * check has its problems, which name what the check found: the checks themselves are listed only when no
 * problem is. The sentences quote the path given and the names the file holds: each hidden character is
 * shown by its name.
 */
export function BundleVerdictPanel({ verdict, headingRef }: BundleVerdictPanelProps) {
  const named = verdict.problems.length > 0 || verdict.moreProblems > 0;
  const failed = named ? [] : verdict.checks.filter((check) => !check.ok);
  return (
    <section role="alert" aria-label="Bundle verdict" className="bundle-verdict">
      <h3 tabIndex={-1} ref={headingRef}>
        {HEADLINES[verdict.verdict]}
      </h3>
      {verdict.unreadable && <p>{showHiddenCharacters(verdict.unreadable)}</p>}
      {failed.length > 0 && (
        <ul aria-label="Failed checks">
          {failed.map((check) => (
            <li key={check.name}>
              <strong>{check.name}:</strong> {showHiddenCharacters(check.detail)}
            </li>
          ))}
        </ul>
      )}
      {named && (
        <ul aria-label="What was altered">
          {verdict.problems.map((problem, index) => (
            <li key={index}>{showHiddenCharacters(problem.message)}</li>
          ))}
          {verdict.moreProblems > 0 && <li>…and {verdict.moreProblems.toLocaleString('en')} more.</li>}
        </ul>
      )}
      <p className="muted">
        Nothing in a bundle is shown unless every check holds. The file was not changed; run “audit-console verify” on
        it for the full report.
      </p>
    </section>
  );
}
