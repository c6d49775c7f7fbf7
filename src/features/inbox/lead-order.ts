import type { InboxRow } from './inbox-rows';

/** Where a lead sits among the rows on screen, and the leads either side of it. */
export interface LeadNeighbours {
  previous: string | undefined;
  next: string | undefined;
  /** 0-based; with `total`, "3 of 40". */
  index: number;
  total: number;
}

/** The lead's place in the rows; null when the rows do not have it (a shared link to a lead not loaded). */
export function neighboursOf(rows: readonly InboxRow[], uid: string | undefined): LeadNeighbours | null {
  const index = uid === undefined ? -1 : rows.findIndex((row) => row.lead.uid === uid);
  if (index < 0) return null;
  return { previous: rows[index - 1]?.lead.uid, next: rows[index + 1]?.lead.uid, index, total: rows.length };
}

/**
 * The lead that takes `uid`'s place once it leaves the rows (sorted, or on its way): the next one still there,
 * else the one before it at the end of the list. `rows` are the rows as shown before it left; `isGone` says which
 * of them have left since.
 */
export function leadAfter(
  rows: readonly InboxRow[],
  uid: string,
  isGone: (uid: string) => boolean,
): string | undefined {
  const index = rows.findIndex((row) => row.lead.uid === uid);
  if (index < 0) return undefined;
  const stays = (row: InboxRow | undefined) => row !== undefined && !isGone(row.lead.uid);
  const after = rows.slice(index + 1).find(stays);
  return (after ?? rows.slice(0, index).findLast(stays))?.lead.uid;
}

/** The lead `direction` rows away; from no lead, or one the rows do not have, forward is the first row. */
export function leadBeside(rows: readonly InboxRow[], uid: string | undefined, direction: 1 | -1): string | undefined {
  const neighbours = neighboursOf(rows, uid);
  if (neighbours === null) return direction === 1 ? rows[0]?.lead.uid : undefined;
  return direction === 1 ? neighbours.next : neighbours.previous;
}
