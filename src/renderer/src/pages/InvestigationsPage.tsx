export function InvestigationsPage() {
  return (
    <section aria-labelledby="investigations-title" className="page">
      <h1 id="investigations-title">Investigations</h1>
      <p className="muted">Offline investigation bundles: saved evidence that can be reopened and verified.</p>
    </section>
  );
}
