import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type PointerEvent,
  type Ref,
  type RefObject,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
} from 'react';
import { useNow } from '@/lib/clock-context';
import { useLocale, useMessages } from '@/lib/i18n';
import { messages } from './inbox-messages';
import type { InboxRow } from './inbox-rows';
import classes from './lead-list.module.css';
import { ContainedRow, LeadRow, RowCheckbox, rowName } from './lead-row';
import { readScrollOffset, writeScrollOffset } from './scroll-memory';

const ROW_HEIGHT = 64;
const OVERSCAN = 5;
/** The next page starts loading when the last rendered row is this close to the end of what is loaded. */
const LOAD_AHEAD = 10;
const CLOCK_INTERVAL = 15_000;

export interface LeadListHandle {
  scrollToTop: () => void;
}

export interface LoadMore {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  hasFailed: boolean;
  /** Off while a search narrows the rows: the manager loads more on purpose then. */
  isAutomatic: boolean;
  fetchNextPage: () => void;
}

interface LeadListProps {
  rows: InboxRow[];
  /** Names the list for scroll memory: one position per set of filters. */
  scrollKey: string;
  activeUid: string | undefined;
  /** A new object asks to move focus to that row (keyboard moves, closing the drawer). */
  focusRequest: { uid: string } | null;
  pipelineNames: ReadonlyMap<number, string>;
  loadMore: LoadMore;
  onCursorChange: (uid: string) => void;
  isSelected: (uid: string) => boolean;
  onToggleSelected: (uid: string, isRange: boolean) => void;
  ref?: Ref<LeadListHandle>;
}

function useLoadMore(lastIndex: number | undefined, count: number, loadMore: LoadMore) {
  const { hasNextPage, isFetchingNextPage, hasFailed, isAutomatic, fetchNextPage } = loadMore;
  const isNearEnd = lastIndex !== undefined && lastIndex >= count - LOAD_AHEAD;
  useEffect(() => {
    if (isAutomatic && isNearEnd && hasNextPage && !isFetchingNextPage && !hasFailed) fetchNextPage();
  }, [isAutomatic, isNearEnd, hasNextPage, isFetchingNextPage, hasFailed, fetchNextPage]);
}

/** Focus lands on a row once it is rendered, which after a scroll takes a render or two. */
function usePendingFocus(scroller: RefObject<HTMLDivElement | null>, request: { uid: string } | null) {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    pending.current = request?.uid ?? null;
  }, [request]);
  useEffect(() => {
    if (pending.current === null || !scroller.current) return;
    const links = scroller.current.querySelectorAll<HTMLElement>('[data-uid]');
    const target = [...links].find((link) => link.dataset.uid === pending.current);
    if (!target) return;
    target.focus({ preventScroll: true });
    pending.current = null;
  });
}

/**
 * The row a pointer pressed is where the manager is looking: when the press moves the cursor there, the list holds
 * still rather than scrolling that row into full view, so nothing moves under the pointer between press and release.
 * The next key press hands following back to the cursor.
 */
function usePointedRow() {
  const pointed = useRef<string | null>(null);
  useEffect(() => {
    const forget = () => {
      pointed.current = null;
    };
    document.addEventListener('keydown', forget, true);
    return () => document.removeEventListener('keydown', forget, true);
  }, []);
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    const row = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-uid]') : null;
    pointed.current = row?.dataset.uid ?? null;
  };
  /** True once for the pointed row: the cursor arriving there by the press does not scroll the list. */
  const isPointed = useCallback((uid: string | undefined) => {
    if (uid === undefined || uid !== pointed.current) return false;
    pointed.current = null;
    return true;
  }, []);
  return { onPointerDown, isPointed };
}

/** The virtualiser over the scroll container: starts where the manager left this list, and follows the cursor. */
function useListVirtualizer(
  rows: InboxRow[],
  scrollKey: string,
  activeUid: string | undefined,
  ref?: Ref<LeadListHandle>,
) {
  const scroller = useRef<HTMLDivElement>(null);
  const activeIndex = activeUid === undefined ? -1 : rows.findIndex((row) => row.lead.uid === activeUid);
  const { onPointerDown, isPointed } = usePointedRow();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    initialOffset: () => readScrollOffset(scrollKey),
    getItemKey: (index) => rows[index]?.lead.uid ?? index,
  });
  useImperativeHandle(ref, () => ({
    scrollToTop: () => {
      writeScrollOffset(scrollKey, 0);
      virtualizer.scrollToOffset(0);
    },
  }));
  useEffect(() => {
    if (activeIndex >= 0 && !isPointed(activeUid)) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [virtualizer, activeIndex, activeUid, isPointed]);
  return { scroller, virtualizer, activeIndex, onPointerDown };
}

/** The incoming leads, virtualised: however many are loaded, only the visible rows and a few more are in the DOM. */
export function LeadList({
  rows,
  scrollKey,
  activeUid,
  focusRequest,
  pipelineNames,
  loadMore,
  ...props
}: LeadListProps) {
  const now = useNow(CLOCK_INTERVAL);
  const locale = useLocale();
  const m = useMessages(messages);
  const { scroller, virtualizer, activeIndex, onPointerDown } = useListVirtualizer(
    rows,
    scrollKey,
    activeUid,
    props.ref,
  );
  const items = virtualizer.getVirtualItems();
  useLoadMore(items.at(-1)?.index, rows.length, loadMore);
  usePendingFocus(scroller, focusRequest);
  const tabStop = items.some((item) => item.index === activeIndex) ? activeIndex : items[0]?.index;
  return (
    <div
      ref={scroller}
      className={classes.scroller}
      onPointerDown={onPointerDown}
      onScroll={(event) => writeScrollOffset(scrollKey, event.currentTarget.scrollTop)}
    >
      <ul className={classes.list} aria-label={m.listLabel} style={{ height: virtualizer.getTotalSize() }}>
        {items.map(({ key, index, size, start }) => {
          const row = rows[index];
          return (
            row && (
              <li
                key={key}
                className={classes.item}
                style={{ height: size, transform: `translateY(${start}px)` }}
                aria-setsize={loadMore.hasNextPage ? -1 : rows.length}
                aria-posinset={index + 1}
                aria-current={index === activeIndex ? 'true' : undefined}
              >
                <ContainedRow lead={row.lead}>
                  <RowCheckbox
                    label={m.selectRow(rowName(row, now, locale))}
                    isSelected={props.isSelected(row.lead.uid)}
                    onToggle={(isRange) => props.onToggleSelected(row.lead.uid, isRange)}
                  />
                  <LeadRow
                    row={row}
                    now={now}
                    pipelineName={pipelineNames.get(row.lead.pipelineId)}
                    isTabStop={index === tabStop}
                    onFocus={props.onCursorChange}
                  />
                </ContainedRow>
              </li>
            )
          );
        })}
      </ul>
    </div>
  );
}
