import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AppInfo, DataSourceStatus } from '../../../../../src/shared/contract/appInfo';
import { StatusBar } from '../../../../../src/renderer/src/layout/StatusBar';

/** What main says when its own code failed asking the cluster (ActiveSource's CONSOLE_FAULT_DETAIL). */
const CONSOLE_FAULT_DETAIL =
  'The console failed internally while asking the cluster; the details are in the main process log.';

/** The status bar's source part, as markup, for a cluster in `state` with `detail`. */
function sourceOf(state: DataSourceStatus['state'], detail: string | null): string {
  const info: AppInfo = {
    name: 'Audit Console',
    version: '0.1.0',
    transport: 'http',
    operator: { id: 'ann', name: 'Ann', role: 'auditor' },
    identity: { source: 'workstation', user: 'ann', notice: null },
    dataSource: { kind: 'elasticsearch', label: 'Prod', state, detail, version: null },
  } as AppInfo;
  const html = renderToStaticMarkup(
    createElement(StatusBar, { info: { loading: false, error: null, data: info, reload: () => undefined } }),
  );
  return /data-testid="status-source"[^>]*>([^<]*)</.exec(html)?.[0] ?? html;
}

describe('the status bar names why a cluster cannot be used', () => {
  it('calls a fault of the console’s own so, never the cluster unreachable', () => {
    const part = sourceOf('fault', CONSOLE_FAULT_DETAIL);
    expect(part).toContain(`Prod · console fault — ${CONSOLE_FAULT_DETAIL}`);
    expect(part).toContain('source-fault');
    expect(part).not.toContain('unreachable');
  });

  it('keeps calling a cluster that cannot be reached unreachable', () => {
    expect(sourceOf('unreachable', 'Cannot reach Prod.')).toContain('Prod · unreachable — Cannot reach Prod.');
  });
});
