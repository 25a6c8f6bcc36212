import { familyProblems } from '../../../../shared/contract/familyProblems';
import type { ConnectionTestReport } from '../../../../shared/contract/settingsChannels';
import type { FormOutcome } from './useConnectionForm';

/**
 * What Test connection says of a cluster that answered: a node can answer while its index patterns match
 * nothing or lack required fields, and then the logs stay empty, so that is said beside the button, not
 * only in the report below it.
 */
export function connectionTestOutcome(report: ConnectionTestReport): FormOutcome {
  const connected = `Connected to Elasticsearch ${report.version ?? '(version unknown)'}.`;
  const problems = familyProblems(report);
  if (problems.length === 0) return { text: connected, tone: 'ok' };
  return {
    text: `${connected} ${problems.join(' ')} Check the index patterns; the report below gives each in full.`,
    tone: 'warning',
  };
}
