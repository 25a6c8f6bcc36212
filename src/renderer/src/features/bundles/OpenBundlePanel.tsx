import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { BundleOpenResult } from '../../../../shared/contract/bundleChannels';
import { formatBytes } from '../../../../shared/contract/bundleUpload';
import { refusalSentenceOf, type Failure, type Result } from '../../../../shared/contract/errors';
import type { BundleVerdict } from '../../../../shared/contract/exportChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { useApi } from '../../api/ApiContext';
import { navigate } from '../../routing/useHashRoute';
import { BundleVerdictPanel } from './BundleVerdictPanel';
import { BUNDLE_OPENER_ID, BUNDLE_PATH_ID, useNoteBundleOpener } from './useBundleFocus';
import { useBundleUpload, type UploadPhase } from './useBundleUpload';

/** What Verify and open says, pressed with no path given, and what to do. */
const NO_PATH = 'Give the bundle’s path first: type or paste where its .acbundle file is, then press Verify and open.';

interface OpenBundlePanelProps {
  /** The desktop offers its file dialog; browser mode uploads a file from the operator's disk. */
  desktop: boolean;
  onOpened: () => void;
}

/**
 * The upload under way. The file field is disabled meanwhile, which drops the focus: Cancel takes it while
 * the file is sent, then the line saying it is verified, until the verdict or the opened bundle takes it.
 * The file's name is the one it has on the operator's disk: each hidden character is shown by its name.
 */
function UploadProgress({ state, onCancel }: { state: UploadPhase; onCancel: () => void }) {
  const focusTarget = useRef<HTMLElement>(null);
  useEffect(() => {
    focusTarget.current?.focus();
  }, [state.phase]);
  if (state.phase === 'idle') return null;
  const fileName = showHiddenCharacters(state.fileName);
  if (state.phase === 'verifying') {
    return (
      <p role="status" tabIndex={-1} ref={(element) => void (focusTarget.current = element)}>
        Verifying {fileName}: signature, manifest and every record…
      </p>
    );
  }
  return (
    <div className="bundle-upload-progress">
      <progress aria-label={`Uploading ${fileName}`} max={state.bytes} value={state.sentBytes} />
      <span role="status">
        Uploading {fileName}: {formatBytes(state.sentBytes)} of {formatBytes(state.bytes)}
      </span>
      <button type="button" ref={(element) => void (focusTarget.current = element)} onClick={onCancel}>
        Cancel upload
      </button>
    </div>
  );
}

/**
 * A bundle read from its path is verified in place. Verify and open (or the file dialog's button) is
 * disabled meanwhile, which drops the focus: this line takes it, until the verdict or the opened bundle does.
 */
function PathVerifying({ path }: { path: string }) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    line.current?.focus();
  }, []);
  return (
    <p role="status" tabIndex={-1} ref={line}>
      Verifying {showHiddenCharacters(path)}: signature, manifest and every record…
    </p>
  );
}

/**
 * Opens an investigation bundle: verified first, then read-only as the console's source. A bundle that
 * stays closed takes the focus to why: the verdict's headline, the path when it is at fault, else the
 * refusal; an opened one is announced by its banner (see `useBundleFocus`).
 */
export function OpenBundlePanel({ desktop, onOpened }: OpenBundlePanelProps) {
  const api = useApi();
  const uploads = useBundleUpload(api);
  const noteOpener = useNoteBundleOpener();
  const failureId = useId();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  /** The path being verified, when the bundle is read from a path rather than uploaded. */
  const [verifying, setVerifying] = useState<string | null>(null);
  const [failure, setFailure] = useState<Pick<Failure, 'message' | 'field'> | null>(null);
  const [verdict, setVerdict] = useState<BundleVerdict | null>(null);
  /** Where the last refusal put the focus; a new object each time, so the same refusal again moves it too. */
  const [refused, setRefused] = useState<{ focus: 'verdict' | 'path' | 'message' } | null>(null);
  const verdictHeading = useRef<HTMLHeadingElement>(null);
  const pathField = useRef<HTMLInputElement>(null);
  const failureLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!refused) return;
    const targets = { verdict: verdictHeading, path: pathField, message: failureLine } as const;
    targets[refused.focus].current?.focus();
  }, [refused]);
  const refuse = (refusal: { failure?: Pick<Failure, 'message' | 'field'>; verdict?: BundleVerdict }) => {
    setFailure(refusal.failure ?? null);
    setVerdict(refusal.verdict ?? null);
    setRefused({ focus: refusal.verdict ? 'verdict' : refusal.failure?.field === 'path' ? 'path' : 'message' });
  };
  const pathAtFault = failure?.field === 'path';
  const settle = (result: Result<BundleOpenResult>) => {
    // Said as the console's own sentence, not as the request check's words ("Invalid request — path: …").
    if (!result.ok) return refuse({ failure: { message: refusalSentenceOf(result), field: result.field } });
    if (!result.data.opened) return refuse({ verdict: result.data.verdict });
    onOpened();
    navigate('/logs');
  };
  /**
   * `openerId`: the control at work, which takes the focus back when the bundle it opens is closed;
   * `fromPath`: the path main verifies, said while it does (an upload says its own progress).
   */
  const run = async (openerId: string, fromPath: string | null, opening: () => Promise<Result<BundleOpenResult>>) => {
    noteOpener(openerId);
    setBusy(true);
    setVerifying(fromPath);
    setFailure(null);
    setVerdict(null);
    const result = await opening();
    setBusy(false);
    setVerifying(null);
    settle(result);
  };
  const choose = async () => {
    const result = await api.chooseBundleFile({});
    if (!result.ok) return refuse({ failure: { message: result.message } });
    const chosen = result.data.path;
    if (chosen) await run(BUNDLE_OPENER_ID, chosen, () => api.openBundle({ path: chosen }));
  };
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) starts another upload.
    event.target.value = '';
    if (file) void run(BUNDLE_OPENER_ID, null, () => uploads.upload(file));
  };
  const noPath = !path.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Nothing to verify: the path says why, and takes the focus to be typed in.
    if (noPath) return refuse({ failure: { message: NO_PATH, field: 'path' } });
    void run(BUNDLE_PATH_ID, path, () => api.openBundle({ path }));
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
            <input id={BUNDLE_OPENER_ID} type="file" accept=".acbundle" disabled={busy} onChange={pick} />
          </label>
          <UploadProgress state={uploads.state} onCancel={uploads.cancel} />
        </div>
      )}
      <form aria-label="Open a bundle" onSubmit={submit}>
        {desktop && (
          <button id={BUNDLE_OPENER_ID} type="button" disabled={busy} onClick={() => void choose()}>
            Choose a bundle file…
          </button>
        )}
        <label>
          Bundle file path{' '}
          <input
            ref={pathField}
            id={BUNDLE_PATH_ID}
            value={path}
            placeholder="/path/to/evidence.acbundle"
            aria-invalid={pathAtFault}
            aria-describedby={pathAtFault ? failureId : undefined}
            onChange={(event) => {
              setPath(event.target.value);
              if (pathAtFault) setFailure(null);
            }}
          />
        </label>
        {/* With no path it stays in the Tab order: pressed, it says what to give (`aria-disabled`, not `disabled`). */}
        <button type="submit" disabled={busy} aria-disabled={noPath || undefined}>
          {busy && uploads.state.phase === 'idle' ? 'Verifying…' : 'Verify and open'}
        </button>
      </form>
      {verifying !== null && <PathVerifying path={verifying} />}
      {failure && (
        <p id={failureId} role="alert" className="error" tabIndex={-1} ref={failureLine}>
          {failure.message}
        </p>
      )}
      {verdict && <BundleVerdictPanel verdict={verdict} headingRef={verdictHeading} />}
    </section>
  );
}
