/**
 * `<ClientLinkNotice view unread path rangeRefused onGridSlot />`: right after the client page's title, as
 * on every page, what its address asks for that the page does not use: a view the page has not, and the
 * parameters the Sessions or Coverage view does not read. A grid tab names its own (it reads filters the
 * page does not know) in the place this leaves for it, `onGridSlot`, so every tab's notice is in one spot.
 */
import { linkTextShown } from '../../format/linkTextShown';
import { IgnoredLinkParams } from '../changes/IgnoredLinkParams';
import type { IgnoredParam } from '../logGrid/readRoute';

interface ClientLinkNoticeProps {
  /** The view the address names but the page has not, as written, and the one shown instead; null when it has it. */
  unknownView: { written: string; shown: 'logs' | 'events' } | null;
  /** What the Sessions or Coverage view shown does not read of the address; empty for a grid tab. */
  unread: readonly IgnoredParam[];
  coverage: boolean;
  /** The page's link without `unread`, which the notice's button opens. */
  path: string;
  rangeRefused: boolean;
  /** Receives the element a grid tab's notice goes in. */
  onGridSlot: (element: HTMLDivElement | null) => void;
}

export function ClientLinkNotice({
  unknownView,
  unread,
  coverage,
  path,
  rangeRefused,
  onGridSlot,
}: ClientLinkNoticeProps) {
  return (
    <>
      {unknownView && (
        <p className="query-error wrap-anywhere" role="alert">
          This client page has no view “<bdi>{linkTextShown(unknownView.written)}</bdi>”; showing the{' '}
          {unknownView.shown} instead.
        </p>
      )}
      <IgnoredLinkParams
        ignored={unread}
        path={path}
        titleId="client-title"
        {...unreadWording(coverage, unread.length, rangeRefused)}
      />
      <div className="client-grid-link-notice" ref={onGridSlot} />
    </>
  );
}

/** What the Sessions or Coverage view says it shows of a link with parameters it does not read. */
function unreadWording(coverage: boolean, count: number, rangeRefused: boolean) {
  const showing = coverage ? 'the coverage' : 'the sessions';
  const meanwhile = `${showing} ${coverage ? 'is' : 'are'} shown without ${count === 1 ? 'it' : 'them'}`;
  return { showing, meanwhile: rangeRefused ? `once the range is fixed, ${meanwhile}` : meanwhile };
}
