export function ClientsPage() {
  return (
    <section aria-labelledby="clients-title" className="page">
      <h1 id="clients-title">Clients</h1>
      <p className="muted">Open a client to follow their activity timeline and the operational logs about them.</p>
    </section>
  );
}
