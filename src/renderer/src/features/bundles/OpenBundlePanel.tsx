import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { BundleOpenResult } from '../../../../shared/contract/bundleChannels';
import { formatBytes } from '../../../../shared/contract/bundleUpload';
import { refusalSentenceOf, type Result } from '../../../../shared/contract/errors';
import type { BundleVerdict } from '../../../../shared/contract/exportChannels';
import { useApi } from '../../api/ApiContext';
import { navigate } from '../../routing/useHashRoute';
import { BundleVerdictPanel } from './BundleVerdictPanel';
import { useBundleUpload, type UploadPhase } from './useBundleUpload';

interface OpenBundlePanelProps {
  /** The desktop offers its file dialog; browser mode uploads a file from the operator's disk. */
  desktop: boolean;
  onOpened: () => void;
}

function UploadProgress({ state, onCancel }: { state: UploadPhase; onCancel: () => void }) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'verifying') {
    return <p role="status">Verifying {state.fileName}: signature, manifest and every record…</p>;
  }
  return (
    <div className="bundle-upload-progress">
      <progress aria-label={`Uploading ${state.fileName}`} max={state.bytes} value={state.sentBytes} />
      <span role="status">
        Uploading {state.fileName}: {formatBytes(state.sentBytes)} of {formatBytes(state.bytes)}
      </span>
      <button type="button" onClick={onCancel}>
        Cancel upload
      </button>
    </div>
  );
}

/** Opens an investigation bundle: verified first, then read-only as the console's source. */
export function OpenBundlePanel({ desktop, onOpened }: OpenBundlePanelProps) {
  const api = useApi();
  const uploads = useBundleUpload(api);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<BundleVerdict | null>(null);
  const settle = (result: Result<BundleOpenResult>) => {
    // Said as the console's own sentence, not as the request check's words ("Invalid request — path: …").
    if (!result.ok) return setFailure(refusalSentenceOf(result));
    if (!result.data.opened) return setVerdict(result.data.verdict);
    onOpened();
    navigate('/logs');
  };
  const run = async (opening: () => Promise<Result<BundleOpenResult>>) => {
    setBusy(true);
    setFailure(null);
    setVerdict(null);
    const result = await opening();
    setBusy(false);
    settle(result);
  };
  const choose = async () => {
    const result = await api.chooseBundleFile({});
    if (!result.ok) return setFailure(result.message);
    const chosen = result.data.path;
    if (chosen) await run(() => api.openBundle({ path: chosen }));
  };
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) starts another upload.
    event.target.value = '';
    if (file) void run(() => uploads.upload(file));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api.openBundle({ path }));
  };
  return (
    <section aria-labelledby="open-bundle-title" className="open-bundle">
      <h2 id="open-bundle-title">Open a bundle</h2>
      <p className="muted">
        The bundle is verified first; only an unaltered one opens, read-only, in place of your source until you close
        it.
      </p>
      {!desktop && (
        <div className="bundle-upload">
          <label>
            Open a bundle file from this computer{' '}
            <input type="file" accept=".acbundle" disabled={busy} onChange={pick} />
          </label>
          <UploadProgress state={uploads.state} onCancel={uploads.cancel} />
        </div>
      )}
      <form aria-label="Open a bundle" onSubmit={submit}>
        {desktop && (
          <button type="button" disabled={busy} onClick={() => void choose()}>
            Choose a bundle file…
          </button>
        )}
        <label>
          Bundle file path{' '}
          <input
            value={path}
            placeholder="/path/to/evidence.acbundle"
            onChange={(event) => setPath(event.target.value)}
          />
        </label>
        <button type="submit" disabled={busy || !path.trim()}>
          {busy && uploads.state.phase === 'idle' ? 'Verifying…' : 'Verify and open'}
        </button>
      </form>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      {verdict && <BundleVerdictPanel verdict={verdict} />}
    </section>
  );
}
