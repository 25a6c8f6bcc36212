/**
 * Resolves once the work already queued in this turn of the event loop has run: a request the cluster
 * client is about to send, or the answer of a page being handed back.
 */
export function afterThisTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
