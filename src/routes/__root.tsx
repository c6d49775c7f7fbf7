import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { createRootRouteWithContext, type ErrorComponentProps, Link, Outlet } from '@tanstack/react-router';
import { AppLayout } from '@/app/app-shell';
import type { RouterContext } from '@/app/router';
import { useErrorMessage } from '@/lib/error-message';

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
  return (
    <AppLayout isDemo={useIsDemo()}>
      <Container size="sm" py="xl">
        <Alert color="red" title="Something went wrong" role="alert">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{errorMessage(error)}</Text>
            <Button variant="light" color="red" onClick={reset}>
              Try again
            </Button>
          </Stack>
        </Alert>
      </Container>
    </AppLayout>
  );
}

function NotFound() {
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1}>Page not found</Title>
        <Text>There is nothing at this address.</Text>
        <Button component={Link} to="/inbox">
          Go to the inbox
        </Button>
      </Stack>
    </Container>
  );
}
