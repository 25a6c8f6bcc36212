import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';
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
  // Names and ids come from the logs: a hidden character in them is shown by its name.
  const shown = showHiddenCharacters(name ?? clientId);
  const id = showHiddenCharacters(clientId);
  return (
    <a href={`#${clientRoute(clientId)}`} aria-label={`Open the client page of ${shown} (${id})`}>
      {showHiddenCharacters(label ?? shown)}
    </a>
  );
}
