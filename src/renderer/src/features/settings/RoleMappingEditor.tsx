import { useEffect, useRef, useState } from 'react';
import type { RoleMappingUserDryRun } from '../../../../shared/contract/accessChannels';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/domain/roles';
import { FormField } from './FormField';
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
  /**
   * Where the keyboard goes once the lines are drawn again: a line removed takes its Remove button away,
   * so the Remove of the line now in its place (or of the last line, or Add a line when none is left)
   * takes it; a line added, its cluster role field.
   */
  const [focusTo, setFocusTo] = useState<{ line: number; control: 'input' | 'button' } | null>(null);
  useEffect(() => {
    if (!focusTo) return;
    const line = section.current?.querySelectorAll<HTMLLIElement>('.role-mapping-line')[focusTo.line];
    (line?.querySelector<HTMLElement>(focusTo.control) ?? addButton.current)?.focus();
  }, [focusTo]);
  // A Save or Dry run refused: the first field at fault takes the focus, centred so its sentence shows.
  useEffect(() => {
    if (editor.refusals === 0) return;
    const atFault = section.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    atFault?.scrollIntoView({ block: 'center' });
    atFault?.focus({ preventScroll: true });
  }, [editor.refusals]);
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
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
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
