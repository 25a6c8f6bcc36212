import type { AppInfo } from '../../../shared/contract/appInfo';
import { ROLE_PERMISSIONS } from '../../../shared/domain/roles';
import { JournalView } from '../features/journal/JournalView';

/** The operators' journal for auditors and console admins; main refuses everyone else whatever this shows. */
export function JournalPage({ info }: { info: AppInfo | null }) {
  const allowed = info ? ROLE_PERMISSIONS[info.operator.role].includes('journal:read') : false;
  return (
    <section aria-labelledby="journal-title" className="page">
      <h1 id="journal-title">Journal</h1>
      <p className="muted">
        What operators looked at, exported and were refused. Read only: nobody can change it here.
      </p>
      {info && !allowed ? (
        <p role="note">Only auditors and console admins read the journal.</p>
      ) : (
        info && <JournalView />
      )}
    </section>
  );
}
