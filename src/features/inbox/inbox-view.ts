import { type InboxFilters, LEAD_CATEGORIES, type LeadCategory } from '@/incoming-leads/incoming-lead';

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

const CATEGORY_NOUNS: Record<LeadCategory, string> = {
  sip: 'calls',
  forms: 'forms',
  chats: 'chats',
  mail: 'mail',
};

function joinWithOr(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** "No incoming calls or chats in Wholesale", "No incoming leads in any pipeline". */
export function describeEmptyView(view: InboxView, pipelineName: string | undefined): string {
  const categories = LEAD_CATEGORIES.filter((category) => view.category?.includes(category));
  const what = categories.length === 0 ? 'leads' : joinWithOr(categories.map((category) => CATEGORY_NOUNS[category]));
  const where = view.pipeline === undefined ? 'any pipeline' : (pipelineName ?? `pipeline ${view.pipeline}`);
  return `No incoming ${what} in ${where}`;
}
