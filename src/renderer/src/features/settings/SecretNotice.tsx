import type { SecretKeeping } from '../../../../shared/domain/settings';

const WHERE: Readonly<Record<SecretKeeping, string>> = {
  keychain:
    'Passwords and API keys are kept in the console’s main process, encrypted with the OS keychain (Electron ' +
    'safeStorage) in secrets.json in the app’s data folder; where Linux offers no keychain (the basic_text ' +
    'backend) the console refuses to store them rather than keep them readable.',
  process:
    'Browser mode: passwords and API keys are held only in the memory of the console’s process and forgotten ' +
    'when it stops, so enter them again after a restart. Nothing is written to disk.',
};

/** Says how the console handles connection secrets here, as main reports it. */
export function SecretNotice({ keeping }: { keeping: SecretKeeping }) {
  return (
    <p className="muted" role="note" aria-label="How secrets are kept">
      {WHERE[keeping]} A secret is never sent to this window and never shown again; it goes only to the node addresses,
      user and trusted certificates it was entered for, and changing any of them asks for it again.
    </p>
  );
}
