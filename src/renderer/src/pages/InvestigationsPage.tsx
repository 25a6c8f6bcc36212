import type { AppInfo } from '../../../shared/contract/appInfo';
import { ROLE_LABELS, ROLE_PERMISSIONS, rolesWith } from '../../../shared/domain/roles';
import { useApi } from '../api/ApiContext';
import { useRequest } from '../hooks/useRequest';
import { OpenBundlePanel } from '../features/bundles/OpenBundlePanel';
import { CaseCard } from '../features/cases/CaseCard';
import { NewCaseForm } from '../features/cases/NewCaseForm';

interface InvestigationsPageProps {
  info: AppInfo | null;
  /** A bundle was opened: the console reads it now. */
  onSourceChanged: () => void;
}

/**
 * Cases: create one (title, purpose, reference), list them with their evidence, export or delete one;
 * and open a bundle, read-only, in place of the source.
 */
export function InvestigationsPage({ info, onSourceChanged }: InvestigationsPageProps) {
  const permissions = info ? ROLE_PERMISSIONS[info.operator.role] : [];
  return (
    <section aria-labelledby="investigations-title" className="page">
      <h1 id="investigations-title">Investigations</h1>
      {permissions.includes('export:run') && (
        <OpenBundlePanel desktop={info?.transport === 'ipc'} onOpened={onSourceChanged} />
      )}
      {info && !permissions.includes('export:run') && (
        <>
          <h2>Bundles</h2>
          <p role="note" className="muted">
            Opening a bundle in the console is for the {rolesWith('export:run')} roles. Anyone can check one without the
            console's roles or a cluster: <code>audit-console verify PATH</code>.
          </p>
        </>
      )}
      <h2>Cases</h2>
      {info && !permissions.includes('cases:manage') ? (
        <p role="note" className="muted">
          Cases are kept by the {rolesWith('cases:manage')} roles; yours ({ROLE_LABELS[info.operator.role]}) keeps none.
        </p>
      ) : (
        <Cases canBundle={permissions.includes('bundle:create')} />
      )}
    </section>
  );
}

/** The case list and the form that adds to it, for a role that keeps cases. */
function Cases({ canBundle }: { canBundle: boolean }) {
  const api = useApi();
  const cases = useRequest(() => api.listCases({}), [api]);
  return (
    <>
      <NewCaseForm onCreated={cases.reload} />
      {cases.error && (
        <p role="alert" className="error">
          {cases.error.message}
        </p>
      )}
      {(cases.data?.setAside ?? []).map((aside) => (
        <p key={aside.keptAs} role="alert" className="error">
          A damaged case file could not be read ({aside.reason}); it is kept aside, untouched, as cases/{aside.keptAs}{' '}
          in the console’s data folder.
        </p>
      ))}
      {cases.data && cases.data.cases.length === 0 && <p className="muted">No case yet.</p>}
      <ul aria-label="Cases" className="case-list">
        {(cases.data?.cases ?? []).map((summary) => (
          <CaseCard key={summary.id} summary={summary} canBundle={canBundle} onChanged={cases.reload} />
        ))}
      </ul>
    </>
  );
}
