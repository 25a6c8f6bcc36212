/** The parts of an IPC event's sender frame the check needs; Electron's WebFrameMain has them. */
export interface SenderFrame {
  url: string;
  /** True when the frame is the top frame of its page (not an iframe). */
  isMainFrame: boolean;
  /** The id of the page (webContents) the frame belongs to. */
  webContentsId: number;
}

/**
 * An IPC call is ours only when it comes from the main frame of our own window, showing our own
 * renderer (the dev server in development, the packaged file otherwise).
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  trustedWebContentsIds: ReadonlySet<number>,
  rendererOrigin: string,
): boolean {
  if (!frame || !frame.isMainFrame) return false;
  if (!trustedWebContentsIds.has(frame.webContentsId)) return false;
  try {
    const url = new URL(frame.url);
    const expected = new URL(rendererOrigin);
    if (expected.protocol === 'file:') return url.protocol === 'file:' && url.pathname === expected.pathname;
    return url.origin === expected.origin;
  } catch {
    return false;
  }
}
