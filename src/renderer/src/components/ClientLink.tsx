import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';
import { maskSensitiveText } from '../../../shared/domain/maskSensitiveText';
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
  // Names and ids come from the logs, or a link: a hidden character in them is shown by its name, a card
  // number or other secret as redaction shows it.
  const read = (text: string) => showHiddenCharacters(maskSensitiveText(text));
  const shown = read(name || clientId);
  // A client the logs name is "Name (id)", one they do not is "client id", as every sentence names them.
  const whose = name ? `${shown} (${read(clientId)})` : `client ${shown}`;
  return (
    <a href={`#${clientRoute(clientId)}`} aria-label={`Open the client page of ${whose}`}>
      {label === undefined ? shown : read(label)}
    </a>
  );
}
