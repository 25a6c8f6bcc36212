import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { AppInfo } from '../../../shared/contract/appInfo';
import { CASES_SCOPED_REFUSAL } from '../../../shared/domain/investigationCase';
import { ROLE_LABELS, ROLE_PERMISSIONS, rolesWith } from '../../../shared/domain/roles';
import { useApi } from '../api/ApiContext';
import { operatorOf } from '../features/access/operator';
import { useRequest } from '../hooks/useRequest';
import { BundleCasePanel } from '../features/bundles/BundleCasePanel';
import { OpenBundlePanel } from '../features/bundles/OpenBundlePanel';
import { CaseCard } from '../features/cases/CaseCard';
import { NewCaseForm } from '../features/cases/NewCaseForm';
import { caseTitleShown } from '../features/cases/caseTitleShown';

interface InvestigationsPageProps {
  info: AppInfo | null;
  /** A bundle was opened: the console reads it now. */
  onSourceChanged: () => void;
  /** What of its link the page does not read, said right after its title. */
  linkNotice?: ReactNode;
}

/**
 * Cases: create one (title, purpose, reference), list them with their evidence, export or delete one;
 * and open a bundle, read-only, in place of the source.
 */
export function InvestigationsPage({ info, onSourceChanged, linkNotice }: InvestigationsPageProps) {
  const permissions = operatorOf(info).permissions;
  const scoped = Boolean(info?.identity?.scope);
  const casesHeading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="investigations-title" className="page">
      <h1 id="investigations-title">Investigations</h1>
      {linkNotice}
      {permissions.includes('export:run') && (
        <OpenBundlePanel desktop={info?.transport === 'ipc'} onOpened={onSourceChanged} />
      )}
      {permissions.includes('export:run') && info?.dataSource.bundle && (
        <BundleCasePanel bundle={info.dataSource.bundle} />
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
      {/* Takes the focus when the last case is deleted. */}
      <h2 ref={casesHeading} tabIndex={-1}>
        Cases
      </h2>
      {info && scoped && ROLE_PERMISSIONS[info.operator.role].includes('cases:manage') ? (
        <p role="note" className="muted">
          {CASES_SCOPED_REFUSAL}
        </p>
      ) : info && !permissions.includes('cases:manage') ? (
        <p role="note" className="muted">
          Cases are kept by the {rolesWith('cases:manage')} roles; yours ({ROLE_LABELS[info.operator.role]}) keeps none:{' '}
          {info.operator.role === 'admin'
            ? 'sign in as an operator with one of them to keep cases.'
            : 'ask a console admin for one of them.'}
        </p>
      ) : (
        <Cases canBundle={permissions.includes('bundle:create')} heading={casesHeading} />
      )}
    </section>
  );
}

/** The case list and the form that adds to it, for a role that keeps cases. */
function Cases({ canBundle, heading }: { canBundle: boolean; heading: RefObject<HTMLHeadingElement | null> }) {
  const api = useApi();
  const cases = useRequest(() => api.listCases({}), [api]);
  const list = useRef<HTMLUListElement>(null);
  const deleted = useRef<{ id: string; index: number } | null>(null);
  // A deleted case takes its card, and the focus in it, away once the list is read again: the heading
  // of the case now in its place (or of the new last one) takes the focus, or "Cases" when none is left.
  useEffect(() => {
    const pending = deleted.current;
    if (!pending || !cases.data || cases.data.cases.some((each) => each.id === pending.id)) return;
    deleted.current = null;
    const titles = list.current?.querySelectorAll<HTMLElement>('.case-card > h3') ?? [];
    (titles[Math.min(pending.index, titles.length - 1)] ?? heading.current)?.focus();
  }, [cases.data, heading]);
  const created = useRef<string | null>(null);
  const [createdSaid, setCreatedSaid] = useState('');
  // A new case's card shows once the list is read again: its heading takes the focus from the form.
  useEffect(() => {
    const pending = created.current;
    const index = cases.data?.cases.findIndex((each) => each.id === pending) ?? -1;
    if (!pending || index < 0) return;
    created.current = null;
    list.current?.querySelectorAll<HTMLElement>('.case-card > h3')[index]?.focus();
  }, [cases.data]);
  return (
    <>
      <NewCaseForm
        cases={cases.data?.cases ?? []}
        onCreated={({ id, title }) => {
          created.current = id;
          setCreatedSaid(`Case “${caseTitleShown(title)}” created.`);
          cases.reload();
        }}
      />
      <p role="status" className="visually-hidden">
        {createdSaid}
      </p>
      {cases.error && (
        <p role="alert" className="error">
          {cases.error.message}
        </p>
      )}
      {(cases.data?.setAside ?? []).map((aside) => (
        <p key={aside.keptAs} role="alert" className="error">
          {aside.movedAside ? (
            <>
              A damaged case file could not be read ({aside.reason}); it is kept aside, untouched, as cases/
              {aside.keptAs} in the console’s data folder: repair it and name it {aside.keptAs.split('.')[0]}.json again
              to read it, or remove it.
            </>
          ) : (
            <>
              A case file could not be read ({aside.reason}); it stays, untouched, as cases/{aside.keptAs} in the
              console’s data folder: repair or remove it once the folder can be written.
            </>
          )}
        </p>
      ))}
      {cases.data && cases.data.cases.length === 0 && <p className="muted">No case yet.</p>}
      <ul ref={list} aria-label="Cases" className="case-list">
        {(cases.data?.cases ?? []).map((summary, index) => (
          <CaseCard
            key={summary.id}
            summary={summary}
            cases={cases.data?.cases ?? []}
            canBundle={canBundle}
            onChanged={cases.reload}
            onDeleted={() => {
              deleted.current = { id: summary.id, index };
              cases.reload();
            }}
          />
        ))}
      </ul>
    </>
  );
}
