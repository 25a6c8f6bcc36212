import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

function Leaf({ value }: { value: unknown }) {
  if (typeof value === 'string')
    return <span className="json-string">“{showHiddenCharacters(value, { lines: true })}”</span>;
  if (value === null || value === undefined) return <span className="json-null">null</span>;
  return <span className="json-literal">{String(value)}</span>;
}

/** A collapsible view of a JSON value; containers open to the given depth; hidden characters shown by name. */
export function JsonTree({ value, name, openDepth = 2 }: { value: unknown; name?: string; openDepth?: number }) {
  if (!isContainer(value)) {
    return (
      <div className="json-row">
        {name !== undefined && <span className="json-key">{showHiddenCharacters(name)}: </span>}
        <Leaf value={value} />
      </div>
    );
  }
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  const summary = Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`;
  return (
    <details className="json-node" open={openDepth > 0}>
      <summary>
        {name !== undefined && <span className="json-key">{showHiddenCharacters(name)}: </span>}
        <span className="muted">{summary}</span>
      </summary>
      {entries.map(([key, item]) => (
        <JsonTree key={key} name={key} value={item as Json} openDepth={openDepth - 1} />
      ))}
    </details>
  );
}
