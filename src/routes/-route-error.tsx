import { Alert, Button, Stack } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useErrorMessage } from '@/lib/error-message';

interface RouteErrorProps {
  error: unknown;
  title: string;
  retryLabel: string;
}

/** A page whose data failed to load: the reason in words and a Retry that loads it again. */
export function RouteError({ error, title, retryLabel }: RouteErrorProps) {
  const router = useRouter();
  const { reset } = useQueryErrorResetBoundary();
  const errorMessage = useErrorMessage();
  return (
    <Alert color="red" title={title} role="alert">
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
          {retryLabel}
        </Button>
      </Stack>
    </Alert>
  );
}
