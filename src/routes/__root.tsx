import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { createRootRouteWithContext, type ErrorComponentProps, Link, Outlet, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { AppLayout } from '@/app/app-shell';
import { DemoBadge } from '@/app/demo-badge';
import { EmbeddedShell } from '@/app/embedded-shell';
import type { RouterContext } from '@/app/router-context';
import { StaleDataBanner } from '@/app/stale-data-banner';
import { TokenRejected, useIsTokenRejected } from '@/app/token-rejected';
import { PendingActions } from '@/features/triage-actions/pending-actions';
import { hasApiStatus } from '@/lib/api-error';
import { useErrorMessage } from '@/lib/error-message';
import { useMessages } from '@/lib/i18n';
import { messages } from './-root-messages';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  errorComponent: RootError,
  notFoundComponent: NotFound,
});

function useMode() {
  const dataSource = Route.useRouteContext({ select: (context) => context.config.dataSource });
  const demo = Route.useRouteContext({ select: (context) => context.demo });
  return { dataSource, demo };
}

/** The full layout, or the compact one inside the CRM's frame. */
function Shell({ children }: { children: ReactNode }) {
  const isEmbedded = Route.useRouteContext({ select: (context) => context.config.embedded });
  const mode = useMode();
  return isEmbedded ? (
    <EmbeddedShell isDemo={mode.dataSource === 'demo'}>{children}</EmbeddedShell>
  ) : (
    <AppLayout demoBadge={<DemoBadge {...mode} />}>{children}</AppLayout>
  );
}

function RootLayout() {
  const mode = useMode();
  // A rejected token stops every screen alike, so one page-wide state says so instead of each error box.
  const isTokenRejected = useIsTokenRejected();
  // The inbox's open lead: the tray moves aside for its drawer.
  const isDrawerOpen = useSearch({ strict: false, select: (search) => 'lead' in search && search.lead !== undefined });
  return (
    <Shell>
      {isTokenRejected ? (
        <TokenRejected {...mode} />
      ) : (
        <>
          <StaleDataBanner />
          <Outlet />
          <PendingActions isBesideDrawer={isDrawerOpen} />
        </>
      )}
    </Shell>
  );
}

function RootError({ error, reset }: ErrorComponentProps) {
  const mode = useMode();
  const m = useMessages(messages);
  const errorText = useErrorMessage();
  if (hasApiStatus(error, 401)) {
    return (
      <Shell>
        <TokenRejected {...mode} />
      </Shell>
    );
  }
  return (
    <Shell>
      <Container size="sm" py="xl">
        <Alert color="red" title={m.somethingWentWrong} role="alert">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{errorText(error)}</Text>
            <Button variant="light" color="red" onClick={reset}>
              {m.tryAgain}
            </Button>
          </Stack>
        </Alert>
      </Container>
    </Shell>
  );
}

function NotFound() {
  const m = useMessages(messages);
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1}>{m.pageNotFound}</Title>
        <Text>{m.nothingHere}</Text>
        <Button component={Link} to="/inbox">
          {m.goToInbox}
        </Button>
      </Stack>
    </Container>
  );
}
