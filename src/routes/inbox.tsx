import { createFileRoute, type ErrorComponentProps, stripSearchParams } from '@tanstack/react-router';
import { lazy, Suspense, useEffect } from 'react';
import * as z from 'zod/mini';
import { crmQueries } from '@/crm/crm-queries';
import { Inbox } from '@/features/inbox/inbox';
import { inboxQueries } from '@/features/inbox/inbox-queries';
import { INBOX_DEFAULTS, INBOX_SORTS, type InboxView, toInboxFilters } from '@/features/inbox/inbox-view';
import { useOpenLead } from '@/features/inbox/open-lead';
import { useDrawerSteps } from '@/features/inbox/use-drawer-steps';
import { BulkBar } from '@/features/triage-actions/bulk-bar';
import { SessionExpiredBanner } from '@/features/triage-actions/session-expired-banner';
import { TriageKeys } from '@/features/triage-actions/triage-keys';
import { triageShortcutRows } from '@/features/triage-actions/triage-shortcuts';
import { LEAD_CATEGORIES } from '@/incoming-leads/incoming-lead';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { useLocale, useMessages } from '@/lib/i18n';
import { messages } from './-inbox-messages';
import { RouteError } from './-route-error';

// The drawer and its actions are not needed for the first rows: they load on the first opened lead (or on
// hovering a row), which keeps them out of the JavaScript the inbox needs for its first paint.
const loadLeadDrawer = () => import('@/features/lead-drawer/lead-drawer');
const loadLeadTriageActions = () => import('@/features/triage-actions/lead-triage-actions');
const LeadDrawer = lazy(() => loadLeadDrawer().then((m) => ({ default: m.LeadDrawer })));
const LeadTriageActions = lazy(() => loadLeadTriageActions().then((m) => ({ default: m.LeadTriageActions })));
/** Fetched after the first rows, so the first opened lead does not wait for its code. */
const DRAWER_PRELOAD_DELAY_MS = 5000;

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

/** The inbox and the lead drawer side by side; the address says which lead is open. */
function InboxPage() {
  const { lead, ...view } = Route.useSearch();
  const navigate = Route.useNavigate();
  const locale = useLocale();
  const openLead = useOpenLead();
  const steps = useDrawerSteps(view, lead);
  usePreloadDrawer();
  // The list keeps its own scroll position; the router's reset would move it under the manager.
  const changeView = (change: Partial<InboxView>, options?: { replace?: boolean }) =>
    void navigate({
      search: (previous) => ({ ...previous, ...change }),
      replace: options?.replace,
      resetScroll: false,
    });
  return (
    <>
      <Inbox
        view={view}
        openUid={lead}
        onViewChange={changeView}
        notices={<SessionExpiredBanner />}
        extraShortcuts={triageShortcutRows(locale)}
        renderBulkBar={(selection) => <BulkBar selection={selection} />}
        renderTargetActions={(target) => <TriageKeys lead={target} />}
      />
      {/* A closed drawer renders nothing: its code is not fetched for it. */}
      {lead !== undefined && (
        <Suspense fallback={null}>
          <LeadDrawer
            uid={lead}
            onClose={() => openLead(undefined)}
            {...steps}
            onOpenLead={openLead}
            actions={(shown) => (
              <>
                <TriageKeys lead={shown} />
                <LeadTriageActions key={shown.uid} lead={shown} />
              </>
            )}
          />
        </Suspense>
      )}
    </>
  );
}

/** Only a head start, on the manager's first move or key: if it fails, opening a lead loads the code again. */
function usePreloadDrawer() {
  useEffect(() => {
    const preload = () => {
      loadLeadDrawer().catch(() => undefined);
      loadLeadTriageActions().catch(() => undefined);
    };
    const timer = setTimeout(preload, DRAWER_PRELOAD_DELAY_MS);
    window.addEventListener('pointermove', preload, { once: true });
    window.addEventListener('keydown', preload, { once: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', preload);
      window.removeEventListener('keydown', preload);
    };
  }, []);
}

function InboxError({ error }: ErrorComponentProps) {
  const m = useMessages(messages);
  return <RouteError error={error} title={m.couldNotShowInbox} retryLabel={m.retry} />;
}
