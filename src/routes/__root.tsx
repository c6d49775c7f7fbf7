import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { createRootRouteWithContext, type ErrorComponentProps, Link, Outlet } from '@tanstack/react-router';
import { AppLayout } from '@/app/app-shell';
import { DemoBadge } from '@/app/demo-badge';
import type { RouterContext } from '@/app/router';
import { TokenRejected, useIsTokenRejected } from '@/app/token-rejected';
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

function RootLayout() {
  const mode = useMode();
  // A rejected token stops every screen alike, so one page-wide state says so instead of each error box.
  const isTokenRejected = useIsTokenRejected();
  return (
    <AppLayout demoBadge={<DemoBadge {...mode} />}>
      {isTokenRejected ? <TokenRejected {...mode} /> : <Outlet />}
    </AppLayout>
  );
}

function RootError({ error, reset }: ErrorComponentProps) {
  const mode = useMode();
  const m = useMessages(messages);
  const errorText = useErrorMessage();
  if (hasApiStatus(error, 401)) {
    return (
      <AppLayout demoBadge={<DemoBadge {...mode} />}>
        <TokenRejected {...mode} />
      </AppLayout>
    );
  }
  return (
    <AppLayout demoBadge={<DemoBadge {...mode} />}>
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
    </AppLayout>
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
