/** Which incoming leads are selected for a bulk action, and the row a Shift range starts from. */
export interface SelectionState {
  uids: ReadonlySet<string>;
  /** The row toggled last: Shift+click and Shift+x select from here. */
  anchor: string | undefined;
  /** Set by "select all matching": every lead the filters match is selected, not just the loaded ones. */
  isAllMatching: boolean;
}

export const EMPTY_SELECTION: SelectionState = { uids: new Set(), anchor: undefined, isAllMatching: false };

export function toggleOne(state: SelectionState, uid: string): SelectionState {
  const uids = new Set(state.uids);
  if (uids.has(uid)) uids.delete(uid);
  else uids.add(uid);
  return { uids, anchor: uid, isAllMatching: false };
}

/**
 * Selects every row from the anchor to `uid`, both included, in the order shown. Without an anchor in the
 * rows, it toggles `uid` alone, as a plain click would.
 */
export function selectRange(state: SelectionState, uid: string, order: readonly string[]): SelectionState {
  const from = state.anchor === undefined ? -1 : order.indexOf(state.anchor);
  const to = order.indexOf(uid);
  if (from < 0 || to < 0) return toggleOne(state, uid);
  const uids = new Set(state.uids);
  for (const each of order.slice(Math.min(from, to), Math.max(from, to) + 1)) uids.add(each);
  return { uids, anchor: uid, isAllMatching: false };
}

/** The header checkbox: selects every row shown, or clears them when all of them already are. */
export function toggleAll(state: SelectionState, order: readonly string[]): SelectionState {
  const isEveryRowSelected = order.length > 0 && order.every((uid) => state.uids.has(uid));
  const uids = new Set(state.uids);
  for (const uid of order) {
    if (isEveryRowSelected) uids.delete(uid);
    else uids.add(uid);
  }
  return { uids, anchor: state.anchor, isAllMatching: false };
}
