import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { ClientActivity } from '../../../../shared/domain/clientActivity';
import { formatTimestamp } from '../../format/formatTimestamp';
import { zoneIn } from '../logGrid/gridContext';
import { showHiddenInCells } from '../logGrid/showHiddenInCells';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { MetadataCell } from './MetadataCell';
import { ACTOR_GLYPHS, ACTOR_LABELS, actorName, eventLabel } from './actorDisplay';
import { EventIcon } from './EventIcon';

type Row = ClientActivity | undefined;

function ActorTypeCell({ data }: ICellRendererParams<ClientActivity>) {
  if (!data) return null;
  return (
    <span className={`actor actor-${data.actorType}`}>
      <span aria-hidden="true">{ACTOR_GLYPHS[data.actorType]}</span> {ACTOR_LABELS[data.actorType]}
    </span>
  );
}

function EventCell({ data }: ICellRendererParams<ClientActivity>) {
  if (!data) return null;
  const { icon, label } = eventLabel(data.eventName);
  return (
    <span title={showHiddenCharacters(data.eventName)}>
      <EventIcon glyph={icon} /> {showHiddenCharacters(label)}
    </span>
  );
}

/** The Sessions tab's event columns, as the CRM's client activity log lists them; hidden characters shown by name. */
export const ACTIVITY_COLUMNS: ColDef<ClientActivity>[] = showHiddenInCells<ClientActivity>([
  {
    colId: 'createdAt',
    headerName: 'Date',
    headerValueGetter: ({ context }) => `Date (${zoneIn(context)})`,
    field: 'createdAt',
    sortable: true,
    width: 230,
    valueFormatter: ({ value, context }) => (typeof value === 'string' ? formatTimestamp(value, zoneIn(context)) : ''),
  },
  { colId: 'actorType', headerName: 'Actor type', sortable: true, width: 120, cellRenderer: ActorTypeCell },
  {
    colId: 'actor',
    headerName: 'Actor',
    width: 200,
    valueGetter: ({ data }: { data: Row }) => (data ? actorName(data) : ''),
  },
  { colId: 'sourceApp', headerName: 'Source app', field: 'sourceApp', sortable: true, width: 120 },
  { colId: 'eventName', headerName: 'Event type', sortable: true, width: 260, cellRenderer: EventCell },
  { colId: 'message', headerName: 'Details', field: 'message', flex: 2, minWidth: 200, tooltipField: 'message' },
  {
    colId: 'metadata',
    headerName: 'Metadata',
    flex: 1,
    minWidth: 200,
    valueGetter: ({ data }: { data: Row }) => (data ? JSON.stringify(data.metadata) : ''),
    cellRenderer: MetadataCell,
    tooltipValueGetter: () => 'Enter or the arrow expands the metadata here',
  },
]);
