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
  const shown = read(name ?? clientId);
  return (
    <a href={`#${clientRoute(clientId)}`} aria-label={`Open the client page of ${shown} (${read(clientId)})`}>
      {label === undefined ? shown : read(label)}
    </a>
  );
}
