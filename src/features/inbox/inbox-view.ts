import { type InboxFilters, LEAD_CATEGORIES, type LeadCategory } from '@/incoming-leads/incoming-lead';
import type { Locale } from '@/lib/i18n';
import { messages } from './inbox-messages';

export const INBOX_SORTS = ['newest', 'oldest'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

/** What the manager chose to look at, in the URL's words; a missing field is the default. */
export interface InboxView {
  category?: LeadCategory[];
  pipeline?: number;
  sort?: InboxSort;
  q?: string;
}

/** The values the URL leaves out, so a plain /inbox and a shared link with defaults are one view. */
export const INBOX_DEFAULTS = { category: [], sort: 'newest', q: '' } satisfies InboxView;

/** What the list asks the API for: the search text is applied to loaded rows only, never sent. */
export function toInboxFilters(view: InboxView): InboxFilters {
  return {
    categories: view.category,
    pipelineId: view.pipeline,
    order: { field: 'created_at', direction: view.sort === 'oldest' ? 'asc' : 'desc' },
  };
}

/** "No incoming calls or chats in Wholesale", "No incoming leads in any pipeline". */
export function describeEmptyView(view: InboxView, pipelineName: string | undefined, locale: Locale): string {
  const categories = LEAD_CATEGORIES.filter((category) => view.category?.includes(category));
  const pipeline =
    view.pipeline === undefined ? null : pipelineName === undefined ? { id: view.pipeline } : { name: pipelineName };
  return messages[locale].emptyView(categories, pipeline);
}
