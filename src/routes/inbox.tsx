import { Alert, Button, Skeleton, Stack, Title } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { createFileRoute, type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { IncomingLeadList } from '@/features/inbox/incoming-lead-list';
import { LEAD_CATEGORIES } from '@/incoming-leads/incoming-lead';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { errorMessage } from '@/lib/error-message';

const inboxSearchSchema = z.object({
  category: z.catch(z.optional(z.array(z.enum(LEAD_CATEGORIES))), undefined),
  pipeline: z.catch(z.optional(z.coerce.number().check(z.int(), z.positive())), undefined),
});

export const Route = createFileRoute('/inbox')({
  validateSearch: inboxSearchSchema,
  loaderDeps: ({ search }) => ({ categories: search.category, pipelineId: search.pipeline }),
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchInfiniteQuery(incomingLeadQueries.list(context.api, deps));
  },
  pendingComponent: InboxPending,
  errorComponent: InboxError,
  component: InboxPage,
});

function InboxPage() {
  const { categories, pipelineId } = Route.useLoaderDeps();
  return (
    <Stack>
      <Title order={1} size="h3">
        Inbox
      </Title>
      <IncomingLeadList filters={{ categories, pipelineId }} />
    </Stack>
  );
}

function InboxPending() {
  return (
    <Stack aria-busy="true" aria-label="Loading incoming leads">
      {Array.from({ length: 8 }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={index} height={36} />
      ))}
    </Stack>
  );
}

function InboxError({ error }: ErrorComponentProps) {
  const router = useRouter();
  const { reset } = useQueryErrorResetBoundary();
  return (
    <Alert color="red" title="Could not load incoming leads" role="alert">
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
