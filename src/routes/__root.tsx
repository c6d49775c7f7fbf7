import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { createRootRouteWithContext, type ErrorComponentProps, Link, Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { AppLayout } from '@/app/app-shell';
import { EmbeddedShell } from '@/app/embedded-shell';
import type { RouterContext } from '@/app/router';
import { errorMessage } from '@/lib/error-message';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  errorComponent: RootError,
  notFoundComponent: NotFound,
});

function useIsDemo() {
  return Route.useRouteContext({ select: (context) => context.config.dataSource === 'demo' });
}

/** The full layout, or the compact one inside the CRM's frame. */
function Shell({ children }: { children: ReactNode }) {
  const isEmbedded = Route.useRouteContext({ select: (context) => context.config.embedded });
  const isDemo = useIsDemo();
  return isEmbedded ? (
    <EmbeddedShell isDemo={isDemo}>{children}</EmbeddedShell>
  ) : (
    <AppLayout isDemo={isDemo}>{children}</AppLayout>
  );
}

function RootLayout() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

function RootError({ error, reset }: ErrorComponentProps) {
  return (
    <Shell>
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
    </Shell>
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
