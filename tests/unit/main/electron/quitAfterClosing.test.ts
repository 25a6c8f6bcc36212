import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { quitAfterClosing } from '../../../../src/main/electron/quitAfterClosing';
import { deferred } from '../../support/deferred';

/**
 * Electron's quit sequence as far as this needs it: `quit()` emits `will-quit`, and the app ends
 * unless a listener prevented it.
 */
class FakeApp extends EventEmitter {
  ended = false;
  quitCalls = 0;

  quit(): void {
    this.quitCalls += 1;
    let prevented = false;
    this.emit('will-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.ended = true;
  }
}

describe('quitAfterClosing', () => {
  it('holds the quit until the console has closed, then quits', async () => {
    const app = new FakeApp();
    const closing = deferred();
    const close = vi.fn(() => closing.promise);
    quitAfterClosing(app, close, { log: () => undefined });
    app.quit();
    expect(close).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(app.ended).toBe(false);
    closing.resolve();
    await vi.waitFor(() => expect(app.ended).toBe(true));
    expect(app.quitCalls).toBe(2);
  });

  it('closes once however often the operator asks to quit meanwhile', async () => {
    const app = new FakeApp();
    const closing = deferred();
    const close = vi.fn(() => closing.promise);
    quitAfterClosing(app, close, { log: () => undefined });
    app.quit();
    app.quit();
    expect(close).toHaveBeenCalledTimes(1);
    expect(app.ended).toBe(false);
    closing.resolve();
    await vi.waitFor(() => expect(app.ended).toBe(true));
  });

  it('quits anyway, saying so, when closing fails', async () => {
    const app = new FakeApp();
    const log = vi.fn();
    quitAfterClosing(app, () => Promise.reject(new Error('journal disk gone')), { log });
    app.quit();
    await vi.waitFor(() => expect(app.ended).toBe(true));
    expect(log).toHaveBeenCalledWith('[quit] the console failed to close; quitting anyway', expect.any(Error));
  });

  it('quits anyway, saying so, when closing outlasts the deadline', async () => {
    const app = new FakeApp();
    const log = vi.fn();
    quitAfterClosing(app, () => deferred().promise, { deadlineMs: 50, log });
    app.quit();
    await vi.waitFor(() => expect(app.ended).toBe(true));
    expect(log).toHaveBeenCalledWith('[quit] the console did not close within 0.05 s; quitting anyway');
  });
});
