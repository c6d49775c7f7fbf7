import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartBar, IconInbox } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useMessages } from '@/lib/i18n';
import { messages } from './app-messages';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { LanguageSwitch } from './language-switch';

interface AppLayoutProps {
  children: ReactNode;
  /** The demo badge and its menu, shown in the header in demo mode. */
  demoBadge?: ReactNode;
}

export function AppLayout({ children, demoBadge }: AppLayoutProps) {
  const [isNavOpen, nav] = useDisclosure(false);
  const m = useMessages(messages);
  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Burger opened={isNavOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={m.navigation} />
            <Text fw={700} component="span" truncate>
              {m.appName}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            {demoBadge}
            <LanguageSwitch />
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={m.mainNavigation}>
        <NavLink
          component={Link}
          to="/inbox"
          label={m.inbox}
          leftSection={<IconInbox size={18} aria-hidden />}
          onClick={nav.close}
        />
        <NavLink
          component={Link}
          to="/summary"
          label={m.summary}
          leftSection={<IconChartBar size={18} aria-hidden />}
          onClick={nav.close}
        />
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
