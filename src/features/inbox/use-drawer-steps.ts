import type { InboxView } from './inbox-view';
import { leadBeside, neighboursOf } from './lead-order';
import { useOpenLead } from './open-lead';
import { useInboxList } from './use-inbox-data';

/**
 * The lead drawer's arrows and its "3 of 40", from the rows the inbox shows for this view: the same rows and the
 * same rule as j and k. Moving replaces the history entry, so Back closes the drawer.
 */
export function useDrawerSteps(view: InboxView, uid: string | undefined) {
  const { visibleRows: rows } = useInboxList(view);
  const openLead = useOpenLead();
  const step = (direction: 1 | -1) => {
    const next = leadBeside(rows, uid, direction);
    return next === undefined ? undefined : () => openLead(next, { replace: true });
  };
  const neighbours = neighboursOf(rows, uid);
  return {
    onPrevious: step(-1),
    onNext: step(1),
    position: neighbours ? { index: neighbours.index, total: neighbours.total } : undefined,
  };
}
