import type { Ref } from 'react';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { KeptNotice as Kept } from './connectionFormRequests';

interface KeptNoticeProps {
  kept: Kept;
  /** The name of the connection held, as shown. */
  heldName: string;
  ref: Ref<HTMLParagraphElement>;
}

/** Why "Connect a cluster" or Edit left the form as it was, and what to press to go on. */
export function KeptNotice({ kept, heldName, ref }: KeptNoticeProps) {
  const again =
    kept.editName === null ? (
      <>Connect a cluster again for a new connection</>
    ) : (
      <>
        Edit on “<bdi>{showHiddenCharacters(kept.editName)}</bdi>” again
      </>
    );
  return (
    <p role="status" className="warning" tabIndex={-1} ref={ref}>
      {kept.reason === 'saving' ? (
        <>A save is under way: once it is answered below, press {again}.</>
      ) : (
        <>
          “<bdi>{heldName}</bdi>” has changes not saved: press Save to keep them, or Cancel edit to leave it as saved;
          then press {again}.
        </>
      )}
    </p>
  );
}
