import type { ConnectionTestReport, FamilyCheck, NodeCheck } from '../../../../shared/contract/settingsChannels';
import { familyLabel } from '../../format/familyLabel';

const yesNo = (held: boolean | null, what: string) =>
  held === null ? `${what}: not checked (security is off)` : `${what}: ${held ? 'yes' : 'no'}`;

/** Whether a word typed in part is searched at term speed: that takes listing the index's words. */
function PrefixSearch({ check }: { check: FamilyCheck }) {
  const what = 'May list the words a partly typed word reaches (view_index_metadata)';
  if (check.canListWords === null) return <>{yesNo(null, what)}</>;
  if (!check.canListWords) {
    return (
      <>
        {what}: no — a partly typed word is matched with the slower exact pattern; view_index_metadata on{' '}
        <code>{check.pattern}</code> would make it as fast as a whole word
      </>
    );
  }
  return (
    <>
      {what}: yes —{' '}
      {check.textSearch === 'text field'
        ? 'but these indices lack the word sub-fields, so a partly typed word is still matched with the slower exact pattern'
        : 'a partly typed word is searched as fast as a whole word'}
    </>
  );
}

function FamilyReport({ check }: { check: FamilyCheck }) {
  const name = familyLabel(check.family);
  return (
    <section aria-label={`${name} check`}>
      <h4>
        {name}: <code>{check.pattern}</code>
      </h4>
      <ul>
        <li>{yesNo(check.canRead, 'May read')}</li>
        <li>
          <PrefixSearch check={check} />
        </li>
        <li>
          Indices found: {check.indexCount}
          {check.indices.length > 0 &&
            ` (${check.indices.join(', ')}${check.indexCount > check.indices.length ? ', …' : ''})`}
        </li>
        {check.problem && <li className="error">{check.problem}</li>}
        {check.missingFields.map((missing) => (
          <li key={missing.field} className={missing.required ? 'error' : undefined}>
            Missing field {missing.clusterField}
            {missing.clusterField !== missing.field && ` (our ${missing.field})`}
            {missing.required ? ': required, nothing can be shown without it' : ': optional, left empty'}
          </li>
        ))}
        {check.mistypedFields.map((mistyped) => (
          <li key={mistyped.field} className="error">
            Field {mistyped.clusterField} is {mistyped.found.join(' and ')}; expected {mistyped.expected}
          </li>
        ))}
        {check.textSearch && (
          <li>
            Free text searched on{' '}
            {check.textSearch === 'word sub-field' ? 'the word sub-fields (fast)' : 'the text fields (slower fallback)'}
          </li>
        )}
      </ul>
    </section>
  );
}

/** How a node fared, in a few words: its version when it answered, else why it was not reached, as main said it. */
function nodeState(node: NodeCheck): string {
  if (node.reachable) return `answers${node.version ? ` (Elasticsearch ${node.version})` : ''}`;
  return node.reason ?? 'not reached';
}

/** Whether the form's own message, shown above the report, already gives this reason: it is not said twice. */
function saidAbove(report: ConnectionTestReport, detail: string): boolean {
  return report.state !== 'connected' && (report.detail?.includes(detail) ?? false);
}

/** What "Test" found, every node and family spelled out; the renderer gets no secret, only these facts. */
export function ConnectionReport({ report }: { report: ConnectionTestReport }) {
  return (
    <section className="connection-report" aria-label="Connection test report">
      <h3>Connection test</h3>
      <ul aria-label="Nodes">
        {report.nodes.map((node) => (
          <li key={node.url} className={node.reachable ? undefined : 'error'}>
            {node.url}: {nodeState(node)}
            {node.detail && !node.reason && !saidAbove(report, node.detail) && ` — ${node.detail}`}
          </li>
        ))}
      </ul>
      {report.state === 'connected' && (
        <dl className="identity">
          <dt>Cluster</dt>
          <dd>
            {report.clusterName ?? 'name not readable'} ({report.clusterUuid ?? 'uuid not readable'}), version{' '}
            {report.version ?? 'unknown'}
          </dd>
          <dt>You are</dt>
          <dd>
            {report.identity
              ? `${report.identity.username} (${report.identity.realm ?? 'realm unknown'}), roles: ${report.identity.roles.join(', ') || 'none'}`
              : 'unknown: the cluster’s security is off, so it vouches for no one'}
          </dd>
          <dt>Journal ({report.journal.index})</dt>
          <dd>
            {yesNo(report.journal.canWrite, 'May add lines')}; {yesNo(report.journal.canRead, 'may read')}
          </dd>
        </dl>
      )}
      {report.families.map((check) => (
        <FamilyReport key={check.family} check={check} />
      ))}
    </section>
  );
}
