import { useState } from 'react';
import type { AppInfo } from '../../../shared/contract/appInfo';
import { ROLE_PERMISSIONS } from '../../../shared/domain/roles';
import { ClientFinder } from '../features/clients/ClientFinder';
import { ClientPage } from '../features/clients/ClientPage';
import { CoverageAcrossClients } from '../features/clients/CoverageAcrossClients';
import { TIME_PARAMS } from '../features/clients/clientPageRoute';
import { WorkspaceGate } from '../features/workspace/WorkspaceGate';
import { parseClientRoute } from '../routing/clientRoute';
import { UnusedParams } from './UnknownAddressPage';

/** Whether the operator left the coverage open: a new range in the address may draw the page anew. */
let coverageLeftOpen = false;

interface ClientsPageProps {
  route: string;
  info: AppInfo | null;
  onSourceChanged: () => void;
}

/** The Clients page: the client search and recent clients, or one client's page (`#/clients/{id}`). */
export function ClientsPage({ route, info, onSourceChanged }: ClientsPageProps) {
  const permissions = info ? ROLE_PERMISSIONS[info.operator.role] : [];
  return (
    <WorkspaceGate
      dataSource={info?.dataSource ?? null}
      canRecreate={permissions.includes('settings:manage')}
      onRecreateStarted={onSourceChanged}
    >
      <ClientsView route={route} info={info} />
    </WorkspaceGate>
  );
}

function ClientsView({ route, info }: Omit<ClientsPageProps, 'onSourceChanged'>) {
  const target = parseClientRoute(route);
  const showsActivity = info ? ROLE_PERMISSIONS[info.operator.role].includes('activity:read') : false;
  // Open when the address names a range (a link to coverage shows it), or as the operator left it.
  const [coverageOpen, setCoverageOpen] = useState(() => coverageLeftOpen || /[?&](last|from|to)=/.test(route));
  if (target.kind === 'client')
    return <ClientPage key={target.clientId} clientId={target.clientId} route={route} info={info} />;
  const [path = '', search = ''] = route.split(/\?(.*)/s, 2);
  return (
    <>
      <section aria-labelledby="clients-title" className="page">
        <h1 id="clients-title">Clients</h1>
        {/* The list reads only the coverage's range from its address, and only for a role shown the coverage;
            anything else a link gives it is said. */}
        {target.kind === 'directory' && (
          <UnusedParams path={path} search={search} reads={info && !showsActivity ? [] : TIME_PARAMS} />
        )}
        {target.kind === 'invalid' && (
          <p className="error" role="alert">
            {target.message}
          </p>
        )}
        <p className="muted">Open a client to follow their activity timeline and the operational logs about them.</p>
        {showsActivity ? (
          <ClientFinder />
        ) : (
          <p className="muted">Your role shows operational logs only: open a client from a client name in the logs.</p>
        )}
        {showsActivity && (
          <details
            className="coverage-all"
            open={coverageOpen}
            onToggle={(event) => {
              coverageLeftOpen = event.currentTarget.open;
              setCoverageOpen(coverageLeftOpen);
            }}
          >
            <summary>Logging coverage across all clients</summary>
            <CoverageAcrossClients route={route} />
          </details>
        )}
      </section>
    </>
  );
}
