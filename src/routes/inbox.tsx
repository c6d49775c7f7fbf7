import { Alert, Button, Stack } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { createFileRoute, type ErrorComponentProps, stripSearchParams, useRouter } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { crmQueries } from '@/crm/crm-queries';
import { Inbox } from '@/features/inbox/inbox';
import { inboxQueries } from '@/features/inbox/inbox-queries';
import { INBOX_DEFAULTS, INBOX_SORTS, type InboxView, toInboxFilters } from '@/features/inbox/inbox-view';
import { LeadDrawer } from '@/features/lead-drawer/lead-drawer';
import { LEAD_CATEGORIES } from '@/incoming-leads/incoming-lead';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { errorMessage } from '@/lib/error-message';

/** Each field falls back on its own: a bad value is dropped, the rest of the link still works. */
const inboxSearchSchema = z.object({
  category: z.catch(z.optional(z.array(z.enum(LEAD_CATEGORIES))), undefined),
  pipeline: z.catch(z.optional(z.number().check(z.int(), z.positive())), undefined),
  sort: z.catch(z.optional(z.enum(INBOX_SORTS)), undefined),
  q: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
  lead: z.catch(z.optional(z.string().check(z.minLength(1), z.maxLength(128))), undefined),
});

export const Route = createFileRoute('/inbox')({
  validateSearch: inboxSearchSchema,
  search: { middlewares: [stripSearchParams(INBOX_DEFAULTS)] },
  // The list is keyed by these only: typing a search or opening a lead never refetches it.
  loaderDeps: ({ search }) => ({ category: search.category, pipeline: search.pipeline, sort: search.sort }),
  loader: ({ context: { queryClient, api }, deps }) => {
    void queryClient.prefetchInfiniteQuery(inboxQueries.list(api, toInboxFilters(deps)));
    void queryClient.prefetchQuery(incomingLeadQueries.waiting(api, deps.pipeline));
    void queryClient.prefetchQuery(crmQueries.pipelines(api));
  },
  errorComponent: InboxError,
  component: InboxPage,
});

function InboxPage() {
  const { lead, ...view } = Route.useSearch();
  const navigate = Route.useNavigate();
  // The list keeps its own scroll position; the router's reset would move it under the manager.
  const go = (change: Partial<InboxView> & { lead?: string }, replace = false) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace, resetScroll: false });
  const openLead = (uid: string, options?: { replace?: boolean }) => go({ lead: uid }, options?.replace);
  return (
    <Inbox
      view={view}
      openUid={lead}
      onViewChange={(change, options) => go(change, options?.replace)}
      onOpenLead={openLead}
      onCloseLead={() => go({ lead: undefined })}
      renderDrawer={(drawer) => <LeadDrawer {...drawer} onOpenLead={openLead} />}
    />
  );
}

function InboxError({ error }: ErrorComponentProps) {
  const router = useRouter();
  const { reset } = useQueryErrorResetBoundary();
  return (
    <Alert color="red" title="Could not show the inbox" role="alert">
      <Stack gap="sm" align="flex-start">
        {errorMessage(error)}
        <Button
          variant="light"
          color="red"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          Retry
        </Button>
      </Stack>
    </Alert>
  );
}
