import { useState } from 'react';
import type { OpenedBundle } from '../../../../shared/contract/bundleChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { custodyText } from './custodyText';
import { BUNDLE_HEADING_ID } from './useBundleFocus';
import './bundles.css';

const fingerprint = (hex: string) => (hex.match(/.{1,4}/g) ?? []).join(' ');
/**
 * The most of the custody record the banner shows: a purpose of about a line and a half at 1440 wide, a
 * name or a cluster's source of about a line and a half at 1024, so the banner on every screen never fills
 * the window.
 */
const CUSTODY_SHOWN = { purpose: 200, names: 160 };

/**
 * On every screen while a bundle is open: read-only, its verdict, its custody record, and the way back. Its
 * name and custody record come from the file: each hidden character is shown by its name.
 */
export function BundleBanner({ bundle, onClosed }: { bundle: OpenedBundle; onClosed: () => void }) {
  const api = useApi();
  const { zone } = useTimeZone();
  const [failure, setFailure] = useState<string | null>(null);
  const [wholeShown, setWholeShown] = useState(false);
  const close = async () => {
    const result = await api.closeBundle({});
    if (result.ok) onClosed();
    else setFailure(result.message);
  };
  const { custody } = bundle;
  const exportedAt = formatTimestamp(custody.exportedAt, zone);
  // On every screen: a long purpose or name is cut here, and said whole in the tooltip.
  const record = custodyText(custody, exportedAt);
  const shown = custodyText(custody, exportedAt, CUSTODY_SHOWN);
  return (
    <section aria-label="Reopened bundle" className={`bundle-banner bundle-${bundle.verdict}`}>
      <div>
        {/* A heading for the focus to land on as the bundle opens; it reads as the line it always was. */}
        <h2 id={BUNDLE_HEADING_ID} tabIndex={-1}>
          Read-only bundle {showHiddenCharacters(bundle.file)}
        </h2>{' '}
        · {bundle.records.toLocaleString('en')} records ·{' '}
        <span data-testid="bundle-verdict">{showHiddenCharacters(bundle.verdictSummary)}</span>
      </div>
      <p data-testid="bundle-custody" title={shown === record ? undefined : record}>
        {shown} · key <code>{fingerprint(bundle.signer.fingerprint)}</code>
      </p>
      {/* The tooltip is out of the keyboard's reach: a cut record is also read whole from here. */}
      {shown !== record && (
        <button type="button" aria-expanded={wholeShown} onClick={() => setWholeShown(!wholeShown)}>
          Whole custody record
        </button>
      )}
      <button type="button" onClick={() => void close()}>
        Close bundle
      </button>
      {wholeShown && shown !== record && (
        // It scrolls in its own box, so a record of thousands of characters never fills the window.
        <div className="bundle-custody-whole" role="region" aria-label="Whole custody record" tabIndex={0}>
          {record}
        </div>
      )}
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
    </section>
  );
}
