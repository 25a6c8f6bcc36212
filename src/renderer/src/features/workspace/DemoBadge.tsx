import './workspace.css';

/** Marks a view whose rows are generated demo data, not a cluster's. */
export function DemoBadge() {
  return (
    <span
      className="badge badge-demo"
      data-testid="demo-badge"
      title="Generated demo data from the embedded workspace; connect a cluster in Settings for real logs."
    >
      Demo data
    </span>
  );
}
