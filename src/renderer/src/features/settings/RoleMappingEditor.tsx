import { useRef, useState } from 'react';
import type { RoleMappingUserDryRun } from '../../../../shared/contract/accessChannels';
import { ROLE_LABELS, type Role } from '../../../../shared/domain/roles';
import { FormField } from './FormField';
import { useFocusFirstFault, useLineFocus } from './lineFocus';
import { RoleOptions } from './RoleOptions';
import { useRoleMappingEditor } from './useRoleMappingEditor';

/** What the cluster said about a looked-up user, and what the mapping being edited makes of them. */
function LookedUp({ run }: { run: RoleMappingUserDryRun }) {
  const how = run.lookup === 'run_as' ? 'asked as them (run_as)' : 'read from the native user API';
  return (
    <dl className="identity" aria-label={`What the cluster says about ${run.username}`}>
      <dt>Cluster roles</dt>
      <dd>{run.clusterRoles.join(', ') || 'none'}</dd>
      <dt>Console role under the mapping above (saved or not)</dt>
      <dd>{run.role === null ? 'none: reads nothing' : ROLE_LABELS[run.role]}</dd>
      <dt>Scope</dt>
      <dd>{run.clientIds === null ? 'every client' : `${run.clientIds.length} clients`}</dd>
      <dt>Found</dt>
      <dd>
        {how}, {run.realm ? `${run.realm} realm` : 'realm unknown'}
      </dd>
    </dl>
  );
}

/** For admins on a cluster: the role mapping the cluster keeps, a dry run for one user, and Save. */
export function RoleMappingEditor() {
  const editor = useRoleMappingEditor();
  const [username, setUsername] = useState('');
  const [roles, setRoles] = useState('');
  const section = useRef<HTMLElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const setFocusTo = useLineFocus(section, addButton, { line: '.role-mapping-line', input: 'input', button: 'button' });
  useFocusFirstFault(editor.refusals, section);
  if (editor.stored.error) {
    return (
      <section aria-labelledby="role-mapping-title">
        <h2 id="role-mapping-title">Role mapping</h2>
        <p role="alert" className="error">
          {editor.stored.error.message}
        </p>
      </section>
    );
  }
  return (
    <section ref={section} aria-labelledby="role-mapping-title">
      <h2 id="role-mapping-title">Role mapping</h2>
      <p className="muted">
        Kept on the cluster; the first line naming one of an operator’s cluster roles decides their console role.
        {editor.stored.data && !editor.stored.data.stored ? ' The cluster holds none yet: these are the defaults.' : ''}
      </p>
      <ol aria-label="Role mapping lines">
        {editor.entries.map((entry, index) => (
          <li key={index} className="role-mapping-line">
            <FormField label={`Cluster role ${index + 1}`} error={editor.lineErrors[index]}>
              {(control) => (
                <input
                  {...control}
                  value={entry.clusterRole}
                  onChange={(event) => editor.change(index, { ...entry, clusterRole: event.target.value })}
                />
              )}
            </FormField>
            <FormField label={`Console role ${index + 1}`} error={undefined}>
              {(control) => (
                <select
                  {...control}
                  value={entry.consoleRole}
                  onChange={(event) => editor.change(index, { ...entry, consoleRole: event.target.value as Role })}
                >
                  <RoleOptions />
                </select>
              )}
            </FormField>
            <button
              type="button"
              aria-label={`Remove line ${index + 1}`}
              onClick={() => {
                editor.remove(index);
                setFocusTo({ line: Math.min(index, editor.entries.length - 2), control: 'button' });
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        onClick={() => {
          editor.add();
          setFocusTo({ line: editor.entries.length, control: 'input' });
        }}
      >
        Add a line
      </button>
      <form
        aria-label="Dry run"
        onSubmit={(event) => {
          event.preventDefault();
          void editor.runDry(username, roles);
        }}
      >
        <FormField label="User name" error={editor.dryRunErrors.username}>
          {(control) => <input {...control} value={username} onChange={(e) => setUsername(e.target.value)} />}
        </FormField>
        <FormField
          label="Their cluster roles (comma-separated; leave empty to look the user up on the cluster)"
          error={editor.dryRunErrors.roles}
        >
          {(control) => <input {...control} value={roles} onChange={(e) => setRoles(e.target.value)} />}
        </FormField>
        <button type="submit">Dry run</button>
      </form>
      {editor.dryRun && (
        <div role="status" data-testid="dry-run-result">
          <p>{editor.dryRun.sentence}</p>
          {'lookup' in editor.dryRun && <LookedUp run={editor.dryRun} />}
          {editor.dryRun.warnings.map((warning) => (
            <p key={warning} className="error">
              {warning}
            </p>
          ))}
        </div>
      )}
      <label>
        <input type="checkbox" checked={editor.confirm} onChange={(event) => editor.setConfirm(event.target.checked)} />{' '}
        Save even if warned
      </label>{' '}
      <button type="button" className="primary" onClick={() => void editor.save()}>
        Save role mapping
      </button>
      {editor.message && (
        <p role={editor.message.failed ? 'alert' : 'status'} className={editor.message.failed ? 'error' : 'muted'}>
          {editor.message.text}
        </p>
      )}
    </section>
  );
}
