/**
 * The calls a window has in flight, so that a cancel message from that window aborts the right one.
 * Keyed by sender and call id: one window can never cancel another's call.
 */
export class CallRegistry {
  private readonly calls = new Map<string, AbortController>();

  private key(senderId: number, callId: number): string {
    return `${senderId}:${callId}`;
  }

  /** Registers a call and returns the signal its handler runs under. */
  start(senderId: number, callId: unknown): { signal: AbortSignal; finish: () => void } {
    const controller = new AbortController();
    if (typeof callId !== 'number' || !Number.isSafeInteger(callId)) {
      return { signal: controller.signal, finish: () => undefined };
    }
    const key = this.key(senderId, callId);
    this.calls.set(key, controller);
    return {
      signal: controller.signal,
      finish: () => {
        if (this.calls.get(key) === controller) this.calls.delete(key);
      },
    };
  }

  /** Aborts the call if it is still running; unknown or finished calls are ignored. */
  cancel(senderId: number, callId: unknown): boolean {
    if (typeof callId !== 'number') return false;
    const key = this.key(senderId, callId);
    const controller = this.calls.get(key);
    if (!controller) return false;
    this.calls.delete(key);
    controller.abort(new Error('Cancelled by the operator'));
    return true;
  }

  get size(): number {
    return this.calls.size;
  }
}
