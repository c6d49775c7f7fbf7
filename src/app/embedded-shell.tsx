import { Alert, Badge, Box, Group, Text, useMantineColorScheme } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useMessages, useSetLocale } from '@/lib/i18n';
import { useEmbeddedHost } from './embedded-host';
import { messages } from './embedded-messages';
import type { HostBridge } from './host-bridge';

/** The slim bar and the padding; the inbox subtracts both from the frame's height, so the content is exactly as tall as the frame (a stable size to report). */
const BAR_HEIGHT = '2.25rem';
const PADDING = '0.5rem';
const RESIZE_INTERVAL_MS = 100;

/** Follows the host's locale and theme: the language and colours switch without a reload. */
function useHostUpdates(bridge: HostBridge | null) {
  const setLocale = useSetLocale();
  const { setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    if (!bridge) return;
    return bridge.onUpdate((update) => {
      if (update.locale) setLocale(update.locale);
      if (update.theme) setColorScheme(update.theme);
    });
  }, [bridge, setLocale, setColorScheme]);
}

/** Reports the content's height to the host (at most every 100 ms, only when it changed), so it sizes the frame. */
function useReportHeight(bridge: HostBridge | null, element: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const target = element.current;
    if (!bridge || !target) return;
    let sent = -1;
    let lastSentAt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      timer = undefined;
      lastSentAt = Date.now();
      const height = Math.ceil(target.getBoundingClientRect().height);
      if (height === sent) return;
      sent = height;
      bridge.post({ type: 'resize', height });
    };
    const observer = new ResizeObserver(() => {
      if (timer !== undefined) return;
      timer = setTimeout(report, Math.max(0, RESIZE_INTERVAL_MS - (Date.now() - lastSentAt)));
    });
    observer.observe(target);
    report();
    return () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [bridge, element]);
}

/** The layout inside the CRM's frame: no navigation or big header, dense spacing; the host owns theme and language. */
export function EmbeddedShell({ children, isDemo }: { children: ReactNode; isDemo: boolean }) {
  const text = useMessages(messages);
  const bridge = useEmbeddedHost()?.bridge ?? null;
  const root = useRef<HTMLDivElement>(null);
  useHostUpdates(bridge);
  useReportHeight(bridge, root);
  return (
    <Box
      ref={root}
      style={{ '--app-shell-header-offset': BAR_HEIGHT, '--app-shell-padding': PADDING } as React.CSSProperties}
    >
      <Group component="header" h={BAR_HEIGHT} px={PADDING} justify="space-between" wrap="nowrap">
        <Text fw={700} size="sm" component="span">
          {text.title}
        </Text>
        {isDemo && (
          <Badge variant="light" color="gray" size="sm">
            {text.demo}
          </Badge>
        )}
      </Group>
      <Box component="main" p={PADDING}>
        {bridge === null && (
          <Alert color="yellow" role="status" mb="xs">
            {text.noHost}
          </Alert>
        )}
        {children}
      </Box>
    </Box>
  );
}
