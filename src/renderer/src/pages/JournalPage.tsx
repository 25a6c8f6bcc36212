import type { ReactNode } from 'react';
import type { AppInfo } from '../../../shared/contract/appInfo';
import { JOURNAL_SCOPED_REFUSAL } from '../../../shared/domain/journal';
import { ROLE_PERMISSIONS, refusalOf } from '../../../shared/domain/roles';
import { JournalView } from '../features/journal/JournalView';

/**
 * The operators' journal for auditors and console admins of every client; main refuses everyone else
 * whatever this shows. `linkNotice` says what of its link the page does not read, right after its title.
 */
export function JournalPage({ info, linkNotice }: { info: AppInfo | null; linkNotice?: ReactNode }) {
  const allowed = info ? ROLE_PERMISSIONS[info.operator.role].includes('journal:read') : false;
  const refusal = !info
    ? null
    : !allowed
      ? refusalOf(info.operator.role, 'journal:read')
      : info.identity.scope
        ? JOURNAL_SCOPED_REFUSAL
        : null;
  return (
    <section aria-labelledby="journal-title" className="page">
      <h1 id="journal-title">Journal</h1>
      {linkNotice}
      <p className="muted">
        What operators looked at, exported and were refused. Read only: nobody can change it here.
      </p>
      {refusal ? <p role="note">{refusal}</p> : info && <JournalView />}
    </section>
  );
}
