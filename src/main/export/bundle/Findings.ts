import type { BundleCheck, BundleProblem } from '../../../shared/contract/exportChannels';

/** The checks a verification ran and the problems it found, with a cap on how many are listed. */
export class Findings {
  readonly checks: BundleCheck[] = [];
  readonly problems: BundleProblem[] = [];
  moreProblems = 0;

  constructor(private readonly maxProblems: number) {}

  check(name: string, ok: boolean, detail: string): boolean {
    this.checks.push({ name, ok, detail });
    return ok;
  }

  problem(problem: BundleProblem): void {
    if (this.problems.length < this.maxProblems) this.problems.push(problem);
    else this.moreProblems += 1;
  }

  /** A problem found but not named (beyond what one check names one by one). */
  uncounted(): void {
    this.moreProblems += 1;
  }

  get intact(): boolean {
    return this.problems.length === 0 && this.moreProblems === 0 && this.checks.every((check) => check.ok);
  }
}
