import { useState, type FormEvent } from 'react';
import type { BundleVerdict } from '../../../../shared/contract/exportChannels';
import { useApi } from '../../api/ApiContext';
import { navigate } from '../../routing/useHashRoute';
import { BundleVerdictPanel } from './BundleVerdictPanel';

interface OpenBundlePanelProps {
  /** The desktop offers its file dialog; browser mode takes a path on this machine. */
  desktop: boolean;
  onOpened: () => void;
}

/** Opens an investigation bundle: verified first, then read-only as the console's source. */
export function OpenBundlePanel({ desktop, onOpened }: OpenBundlePanelProps) {
  const api = useApi();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<BundleVerdict | null>(null);
  const open = async (chosen: string) => {
    setBusy(true);
    setFailure(null);
    setVerdict(null);
    const result = await api.openBundle({ path: chosen });
    setBusy(false);
    if (!result.ok) return setFailure(result.message);
    if (!result.data.opened) return setVerdict(result.data.verdict);
    onOpened();
    navigate('/logs');
  };
  const choose = async () => {
    const result = await api.chooseBundleFile({});
    if (!result.ok) return setFailure(result.message);
    if (result.data.path) await open(result.data.path);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void open(path);
  };
  return (
    <section aria-labelledby="open-bundle-title" className="open-bundle">
      <h2 id="open-bundle-title">Open a bundle</h2>
      <p className="muted">
        The bundle is verified first; only an unaltered one opens, read-only, in place of your source until you close
        it.
      </p>
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
          {busy ? 'Verifying…' : 'Verify and open'}
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
