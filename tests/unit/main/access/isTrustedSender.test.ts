import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFrame } from '../../../../src/main/access/isTrustedSender';

const ours = new Set([7]);
const fileOrigin = 'file:///opt/audit-console/out/renderer/index.html';
const frame = (overrides: Partial<SenderFrame>): SenderFrame => ({
  url: `${fileOrigin}#/logs`,
  isMainFrame: true,
  webContentsId: 7,
  ...overrides,
});

describe('isTrustedSender', () => {
  it.each<[string, SenderFrame | null, string, boolean]>([
    ['our main frame (file)', frame({}), fileOrigin, true],
    ['our main frame (dev server)', frame({ url: 'http://localhost:5173/#/clients' }), 'http://localhost:5173', true],
    ['no frame (destroyed)', null, fileOrigin, false],
    ['an iframe of our page', frame({ isMainFrame: false }), fileOrigin, false],
    ['another window', frame({ webContentsId: 9 }), fileOrigin, false],
    ['our window showing another file', frame({ url: 'file:///tmp/evil.html' }), fileOrigin, false],
    ['our window navigated away', frame({ url: 'https://evil.example/' }), fileOrigin, false],
    ['another dev-server origin', frame({ url: 'http://localhost:5174/' }), 'http://localhost:5173', false],
    ['an unparsable url', frame({ url: 'not a url' }), fileOrigin, false],
  ])('%s', (_name, sender, origin, expected) => {
    expect(isTrustedSender(sender, ours, origin)).toBe(expected);
  });
});
