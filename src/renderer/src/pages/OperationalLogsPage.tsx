export function OperationalLogsPage() {
  return (
    <section aria-labelledby="logs-title" className="page">
      <h1 id="logs-title">Operational logs</h1>
      <p className="muted">Every create, update, delete, webhook and API action across the CRM.</p>
    </section>
  );
}
