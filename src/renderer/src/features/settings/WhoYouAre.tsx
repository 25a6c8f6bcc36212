import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { OperatorIdentity } from '../../../../shared/domain/identity';
import { ROLE_LABELS } from '../../../../shared/domain/roles';

const VOUCHED_BY: Readonly<Record<OperatorIdentity['source'], string>> = {
  cluster: 'the cluster',
  workstation: 'this workstation’s settings',
  unresolved: 'no one yet',
};

/**
 * Who the console takes the operator for, and on whose word: shown to every operator. Names come from the
 * cluster or the workstation's settings as they are, so a character that hides or reorders text is shown by
 * its name (⟨U+202E⟩), as the status bar shows it.
 */
export function WhoYouAre({ identity }: { identity: OperatorIdentity }) {
  const scope = identity.scope;
  const show = showHiddenCharacters;
  return (
    <section aria-labelledby="who-you-are-title">
      <h2 id="who-you-are-title">Who you are</h2>
      <dl className="identity">
        <dt>User</dt>
        <dd>
          {show(identity.user)}
          {identity.realm ? ` (realm ${show(identity.realm)})` : ''}
        </dd>
        <dt>Cluster roles</dt>
        <dd>{identity.clusterRoles.length > 0 ? show(identity.clusterRoles.join(', ')) : 'none'}</dd>
        <dt>Console role</dt>
        <dd>{identity.role ? ROLE_LABELS[identity.role] : 'none: nothing is read until one is vouched for'}</dd>
        <dt>Scope</dt>
        <dd>
          {scope === null
            ? 'every client'
            : `${scope.clientIds.length} client${scope.clientIds.length === 1 ? '' : 's'}${scope.label ? ` (${show(scope.label)})` : ''}`}
        </dd>
        <dt>Vouched for by</dt>
        <dd>{VOUCHED_BY[identity.source]}</dd>
      </dl>
      {identity.notice && (
        <p role="note" className={identity.source === 'unresolved' ? 'error' : 'muted'}>
          {identity.notice}
        </p>
      )}
    </section>
  );
}
