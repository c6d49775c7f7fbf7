import { Alert } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { IconWifiOff } from '@tabler/icons-react';
import { useMessages } from '@/lib/i18n';
import { messages } from './inbox-messages';

/** Always in the DOM as a live region, so the change is announced; it shows only while the browser is offline. */
export function OfflineBanner() {
  const { online } = useNetwork();
  const m = useMessages(messages);
  return (
    <div role="status">
      {!online && (
        <Alert color="yellow" variant="light" icon={<IconWifiOff size={18} aria-hidden />} py="xs">
          {m.offline}
        </Alert>
      )}
    </div>
  );
}
