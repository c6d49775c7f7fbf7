import { useState } from 'react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { type Locale, useLocale } from '@/lib/i18n';
import { filterRows, toInboxRows } from './inbox-rows';
import type { InboxView } from './inbox-view';
import { EMPTY_SELECTION, type SelectionState, selectRange, toggleAll, toggleOne } from './lead-selection';
import type { InboxData } from './use-inbox-data';

/** What a bulk bar needs: the selected leads and the ways to widen or clear the selection. */
export interface InboxSelection {
  /** The selected incoming leads, in list order. */
  leads: IncomingLead[];
  /** How many incoming leads the filters match, when the counts tell (not while a search narrows the list). */
  matchingTotal: number | undefined;
  /** Every loaded row is selected and the list has pages left to load. */
  canSelectAllMatching: boolean;
  /** "Select all matching" ran: every lead the filters match is selected. */
  isAllMatching: boolean;
  isSelectingAll: boolean;
  selectAllMatching: () => void;
  clear: () => void;
}

function matchingTotal(data: InboxData, view: InboxView): number | undefined {
  if (view.q) return undefined;
  const { counts, total } = data.waiting;
  if (!view.category?.length) return total;
  return counts && view.category.reduce((sum, category) => sum + counts[category], 0);
}

type InboxList = Pick<InboxData['list'], 'data' | 'hasNextPage' | 'isFetchNextPageError' | 'fetchNextPage'>;

/** Loads every page the list has left: a bulk run over "all matching" needs every uid, not just those in view. */
async function loadEveryPage(list: InboxList, locale: Locale) {
  let result: InboxList = list;
  while (result.hasNextPage && !result.isFetchNextPageError) result = await result.fetchNextPage();
  return toInboxRows(result.data?.pages ?? [], locale);
}

/** The selection: a set of uids that starts empty again whenever the filters change. */
export function useLeadSelection(data: InboxData, view: InboxView) {
  const [state, setState] = useState<SelectionState & { key: string }>({ ...EMPTY_SELECTION, key: data.scrollKey });
  const [isSelectingAll, setSelectingAll] = useState(false);
  const locale = useLocale();
  const current = state.key === data.scrollKey ? state : { ...EMPTY_SELECTION, key: data.scrollKey };
  const update = (change: (state: SelectionState) => SelectionState) =>
    setState((previous) => ({
      ...change(previous.key === data.scrollKey ? previous : EMPTY_SELECTION),
      key: data.scrollKey,
    }));
  const order = data.visibleRows.map((row) => row.lead.uid);

  const toggle = (uid: string, isRange = false) =>
    update((previous) => (isRange ? selectRange(previous, uid, order) : toggleOne(previous, uid)));
  const toggleShown = () => update((previous) => toggleAll(previous, order));
  const clear = () => update(() => EMPTY_SELECTION);
  const selectAllMatching = async () => {
    setSelectingAll(true);
    try {
      const rows = filterRows(await loadEveryPage(data.list, locale), view.q ?? '');
      update(() => ({ uids: new Set(rows.map((row) => row.lead.uid)), anchor: undefined, isAllMatching: true }));
    } finally {
      setSelectingAll(false);
    }
  };

  const leads = data.rows.filter((row) => current.uids.has(row.lead.uid)).map((row) => row.lead);
  const isEveryShownRowSelected = order.length > 0 && order.every((uid) => current.uids.has(uid));
  const selection: InboxSelection = {
    leads,
    matchingTotal: matchingTotal(data, view),
    canSelectAllMatching: isEveryShownRowSelected && data.list.hasNextPage && !current.isAllMatching,
    isAllMatching: current.isAllMatching && leads.length > 0,
    isSelectingAll,
    selectAllMatching: () => void selectAllMatching(),
    clear,
  };
  const shownSelected = order.filter((uid) => current.uids.has(uid)).length;
  return {
    selection,
    isSelected: (uid: string) => current.uids.has(uid),
    toggle,
    toggleShown,
    shown: { selected: shownSelected, total: order.length },
  };
}

export type LeadSelection = ReturnType<typeof useLeadSelection>;
