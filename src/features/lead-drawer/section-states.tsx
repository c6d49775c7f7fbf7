import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useErrorMessage } from '@/lib/error-message';
import { useMessages } from '@/lib/i18n';
import { messages } from './lead-drawer-messages';

export function SectionSkeleton({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <Stack gap={8} role="status" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={index} height={18} width={index % 2 === 0 ? '90%' : '70%'} />
      ))}
    </Stack>
  );
}

interface SectionErrorProps {
  title: string;
  error: unknown;
  onRetry: () => void;
}

export function SectionError({ title, error, onRetry }: SectionErrorProps) {
  const m = useMessages(messages);
  const errorText = useErrorMessage();
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorText(error)}</Text>
        <Button size="xs" variant="light" color="red" onClick={onRetry}>
          {m.retry}
        </Button>
      </Stack>
    </Alert>
  );
}
