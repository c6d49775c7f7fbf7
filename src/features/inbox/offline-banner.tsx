import { Alert } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { IconWifiOff } from '@tabler/icons-react';

/** Always in the DOM as a live region, so the change is announced; it shows only while the browser is offline. */
export function OfflineBanner() {
  const { online } = useNetwork();
  return (
    <div role="status">
      {!online && (
        <Alert color="yellow" variant="light" icon={<IconWifiOff size={18} aria-hidden />} py="xs">
          You are offline — showing what was loaded; changes will be sent when the connection returns.
        </Alert>
      )}
    </div>
  );
}
