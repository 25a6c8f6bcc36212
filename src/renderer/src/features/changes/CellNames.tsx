import { Fragment } from 'react';
import { cellName } from './changeText';

/** `<CellName name />`: one name from the logs in a narrow cell, cut when long, the whole in its tooltip. */
export function CellName({ name }: { name: string }) {
  const { text, title } = cellName(name);
  return title === null ? text : <span title={title}>{text}</span>;
}

/** `<CellNames names />`: names from the logs in a narrow cell, comma-separated, each cut when long. */
export function CellNames({ names }: { names: readonly string[] }) {
  return names.map((name, index) => (
    <Fragment key={index}>
      {index > 0 && ', '}
      <CellName name={name} />
    </Fragment>
  ));
}
