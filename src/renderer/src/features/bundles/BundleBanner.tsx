import { useState } from 'react';
import type { OpenedBundle } from '../../../../shared/contract/bundleChannels';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { BUNDLE_HEADING_ID } from './useBundleFocus';
import './bundles.css';

const fingerprint = (hex: string) => (hex.match(/.{1,4}/g) ?? []).join(' ');

/** On every screen while a bundle is open: read-only, its verdict, its custody record, and the way back. */
export function BundleBanner({ bundle, onClosed }: { bundle: OpenedBundle; onClosed: () => void }) {
  const api = useApi();
  const { zone } = useTimeZone();
  const [failure, setFailure] = useState<string | null>(null);
  const close = async () => {
    const result = await api.closeBundle({});
    if (result.ok) onClosed();
    else setFailure(result.message);
  };
  const { custody } = bundle;
  return (
    <section aria-label="Reopened bundle" className={`bundle-banner bundle-${bundle.verdict}`}>
      <div>
        {/* A heading for the focus to land on as the bundle opens; it reads as the line it always was. */}
        <h2 id={BUNDLE_HEADING_ID} tabIndex={-1}>
          Read-only bundle {bundle.file}
        </h2>{' '}
        · {bundle.records.toLocaleString('en')} records ·{' '}
        <span data-testid="bundle-verdict">{bundle.verdictSummary}</span>
      </div>
      <p data-testid="bundle-custody">
        Exported by {custody.operator.name} ({custody.operator.id}, {ROLE_LABELS[custody.operator.role]}) on{' '}
        {formatTimestamp(custody.exportedAt, zone)} from {custody.source} · purpose: “{custody.purpose}” · key{' '}
        <code>{fingerprint(bundle.signer.fingerprint)}</code>
      </p>
      <button type="button" onClick={() => void close()}>
        Close bundle
      </button>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
    </section>
  );
}
