import type { SavedConnection } from './connectionValues';

/** An Edit pressed on the list: a new object for each press, so pressing it again reloads the saved values. */
export interface EditRequest {
  connection: SavedConnection;
}

/** "Connect a cluster" pressed: a new object for each press. */
export type ConnectRequest = Record<string, never>;

/**
 * Why "Connect a cluster", or Edit on another connection (`editName`, its name), left the form as it was:
 * a save is under way, or the connection held has changes typed and not saved. Nothing typed is let go
 * of without the operator's own Cancel edit.
 */
export interface KeptNotice {
  reason: 'saving' | 'changed';
  editName: string | null;
}
