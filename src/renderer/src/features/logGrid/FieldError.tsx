/** `<FieldError id message />`: a control's problem as a sentence under it, tied to it by `aria-describedby`. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="query-error" role="alert">
      {message}
    </p>
  ) : null;
}
