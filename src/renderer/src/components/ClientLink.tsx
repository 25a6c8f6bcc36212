import { clientRoute } from '../routing/clientRoute';

interface ClientLinkProps {
  clientId: string;
  /** The name the logs give the client; the id is shown when there is none. */
  name: string | null;
  /** Text shown instead of the name, e.g. "Name (id)" where namesakes must be told apart. */
  label?: string;
}

/** A client's name, anywhere in the console (grid cells, chips, detail panels), opening their client page. */
export function ClientLink({ clientId, name, label }: ClientLinkProps) {
  const shown = name ?? clientId;
  return (
    <a href={`#${clientRoute(clientId)}`} aria-label={`Open the client page of ${shown} (${clientId})`}>
      {label ?? shown}
    </a>
  );
}
