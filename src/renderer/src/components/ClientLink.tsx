import { clientRoute } from '../routing/clientRoute';

interface ClientLinkProps {
  clientId: string;
  /** The name the logs give the client; the id is shown when there is none. */
  name: string | null;
}

/** A client's name, anywhere in the console (grid cells, chips, detail panels), opening their client page. */
export function ClientLink({ clientId, name }: ClientLinkProps) {
  const shown = name ?? clientId;
  return (
    <a href={`#${clientRoute(clientId)}`} aria-label={`Open the client page of ${shown} (${clientId})`}>
      {shown}
    </a>
  );
}
