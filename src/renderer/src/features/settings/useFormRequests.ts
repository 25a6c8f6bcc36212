import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import type { HeldConnection } from './useConnectionForm';
import type { ConnectRequest, EditRequest } from './connectionFormRequests';
import type { SavedConnection } from './connectionValues';

/** What the list beside the form shows of it: the connection held, and whether a save is under way. */
export interface ConnectionFormStatus {
  editingId: string | null;
  saving: boolean;
}

interface FormRequests {
  form: RefObject<HTMLFormElement | null>;
  editRequest: EditRequest | null;
  connectRequest: ConnectRequest | null;
  held: HeldConnection | null;
  pending: 'test' | 'save' | null;
  edit: (saved: SavedConnection) => boolean;
  connectNew: () => boolean;
  onStatus: (status: ConnectionFormStatus) => void;
}

/**
 * What is asked of the form from outside it: Edit on the list loads a connection, "Connect a cluster"
 * readies the form for a new one; either way the first field takes the keyboard, in view. Left as it
 * was, the form's note saying why takes it instead. The list is told what the form holds.
 */
export function useFormRequests(requests: FormRequests) {
  const { form, editRequest, connectRequest, held, pending, edit, connectNew, onStatus } = requests;
  const keptNote = useRef<HTMLParagraphElement>(null);
  /** The note saying why the form was kept is to take the keyboard once it shows. */
  const noteWanted = useRef(false);
  const focusNote = () => {
    const note = keptNote.current;
    if (!note) return;
    noteWanted.current = false;
    note.scrollIntoView({ block: 'center' });
    note.focus({ preventScroll: true });
  };
  const focusFirstField = (block: ScrollLogicalPosition) => {
    const first = form.current?.querySelector('input');
    if (block === 'start') form.current?.previousElementSibling?.scrollIntoView({ block });
    else first?.scrollIntoView({ block });
    first?.focus({ preventScroll: true });
  };
  const loadEdit = useEffectEvent((request: EditRequest) => {
    if (edit(request.connection)) return focusFirstField('center');
    noteWanted.current = true;
    focusNote();
  });
  useEffect(() => {
    if (editRequest !== null) loadEdit(editRequest);
  }, [editRequest]);
  const readyForNew = useEffectEvent(() => {
    if (connectNew()) return focusFirstField('start');
    // Already shown (pressed again), it takes the keyboard now; else once it is rendered.
    noteWanted.current = true;
    focusNote();
  });
  useEffect(() => {
    if (connectRequest !== null) readyForNew();
  }, [connectRequest]);
  useEffect(() => {
    if (noteWanted.current) focusNote();
  });
  const tellList = useEffectEvent(onStatus);
  const editingId = held?.id ?? null;
  const saving = pending === 'save';
  useEffect(() => tellList({ editingId, saving }), [editingId, saving]);
  return { keptNote };
}
