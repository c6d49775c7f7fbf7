import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { createRootRouteWithContext, type ErrorComponentProps, Link, Outlet } from '@tanstack/react-router';
import { AppLayout } from '@/app/app-shell';
import type { RouterContext } from '@/app/router';
import { useErrorMessage } from '@/lib/error-message';
import { useMessages } from '@/lib/i18n';
import { messages } from './-root-messages';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  errorComponent: RootError,
  notFoundComponent: NotFound,
});

function useIsDemo() {
  return Route.useRouteContext({ select: (context) => context.config.dataSource === 'demo' });
}

function RootLayout() {
  return (
    <AppLayout isDemo={useIsDemo()}>
      <Outlet />
    </AppLayout>
  );
}

function RootError({ error, reset }: ErrorComponentProps) {
  const m = useMessages(messages);
  const errorText = useErrorMessage();
  return (
    <AppLayout isDemo={useIsDemo()}>
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
