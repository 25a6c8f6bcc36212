/**
 * `useDetailAddress(place, shown, show, lookup)`: keeps the event a detail shows in the address (see
 * `detailParam.ts`). A row chosen in the grid or stepped to is written into the current entry as a
 * detail of it (`rewriteRoute`: where the focus was left stays noted, so Back from a link followed from a
 * row gives it back to that link); one opened from the detail (a surrounding event, `pushNext` first) is a
 * new entry, so Back returns to the event shown before and Forward goes on again. A row shown as the
 * address moves to another page (a link in the row followed) stays out of that page's address. When the
 * address moves by itself (Back, Forward, a reload, a link), the detail shows the event it names: one
 * this window remembers at once, any other looked up by its id (`lookup`); `focusDetail` is then called
 * for the panel's heading to take the focus. An id never looked up, or one with no event the operator
 * can see, gives `problem`: the sentence the page shows in place of the detail, until `dismiss` takes the
 * id out of the address.
 */
import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../../../shared/contract/errors';
import { navigate, rewriteRoute, routeOfHash, useHashRoute } from '../../routing/useHashRoute';
import { detailIdProblem, missingDetailSentence, readDetailParam, withDetailParam } from './detailParam';
import { rememberedRow } from './useDetailInHistory';

/** A route's path, without its parameters. */
const pathOf = (route: string): string => route.split('?', 1)[0] ?? route;

export interface DetailAddress {
  /** What the page says in place of the detail about the event the address names; null when nothing. */
  problem: string | null;
  /** The next row shown is a new entry of the window's history rather than the current one's. */
  pushNext: () => void;
  /** Takes the event out of the address and the sentence off the page. */
  dismiss: () => void;
}

export function useDetailAddress<Row extends { id: string }>(
  place: string | null,
  shown: Row | null,
  show: (row: Row | null) => void,
  focusDetail: () => void,
  lookup?: (id: string) => Promise<Result<Row | null>>,
): DetailAddress {
  const route = useHashRoute();
  const addressId = place === null ? null : readDetailParam(route);
  const shownId = shown?.id ?? null;
  /** The address's id and the row shown as last reconciled: which of them moved tells who leads. */
  const seen = useRef({ address: shownId, shown: shownId });
  const push = useRef(false);
  /** The path of the address as last reconciled: another one means the page is being left. */
  const path = pathOf(route);
  const pathSeen = useRef(path);
  const [problem, setProblem] = useState<{ id: string; sentence: string } | null>(null);
  const latest = useRef({ route, show, focusDetail, lookup });
  useEffect(() => {
    latest.current = { route, show, focusDetail, lookup };
  });

  useEffect(() => {
    if (place === null) return;
    const leaving = path !== pathSeen.current;
    pathSeen.current = path;
    const before = seen.current;
    if (addressId !== before.address) {
      // The address moved by itself: the detail follows it.
      seen.current = { address: addressId, shown: shownId };
      if (addressId === null || addressId === shownId) return;
      const { show: showRow, focusDetail: focus, lookup: find } = latest.current;
      const known = rememberedRow<Row>(place, addressId);
      if (known) {
        showRow(known);
        focus();
        return;
      }
      const refused = detailIdProblem(addressId);
      if (refused || !find) {
        setProblem({ id: addressId, sentence: refused ?? missingDetailSentence(addressId) });
        seen.current = { address: addressId, shown: null };
        showRow(null);
        return;
      }
      let live = true;
      void find(addressId).then((found) => {
        if (!live) return;
        if (found.ok && found.data) {
          latest.current.show(found.data);
          latest.current.focusDetail();
        } else {
          const sentence = found.ok ? missingDetailSentence(addressId) : found.message;
          setProblem({ id: addressId, sentence });
          // The note takes the place of the event shown before: the detail never shows one the address does not name.
          seen.current = { address: addressId, shown: null };
          latest.current.show(null);
        }
      });
      return () => {
        live = false;
      };
    }
    if (shownId === before.shown) return;
    // The operator showed another row (or closed the detail): the address follows it.
    seen.current = { address: shownId, shown: shownId };
    const replace = !push.current || shownId === null;
    push.current = false;
    const { route: shownRoute } = latest.current;
    if (shownId === addressId || leaving || routeOfHash(window.location.hash) !== shownRoute) return;
    if (replace) rewriteRoute(withDetailParam(shownRoute, shownId));
    else navigate(withDetailParam(shownRoute, shownId));
  }, [place, path, addressId, shownId]);

  return {
    problem: problem !== null && problem.id === addressId ? problem.sentence : null,
    pushNext: () => {
      push.current = true;
    },
    dismiss: () => {
      setProblem(null);
      seen.current = { address: null, shown: shownId };
      rewriteRoute(withDetailParam(latest.current.route, null));
    },
  };
}
