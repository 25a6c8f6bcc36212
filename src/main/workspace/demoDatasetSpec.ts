/** What the demo data is generated from; the same spec always gives the same documents. */
export interface DemoDatasetSpec {
  clients: number;
  days: number;
  seed: string;
  /** Last UTC day covered, `YYYY-MM-DD`. */
  endDate: string;
}
