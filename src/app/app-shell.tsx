import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconInbox } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ColorSchemeToggle } from './color-scheme-toggle';

interface AppLayoutProps {
  children: ReactNode;
  /** The demo badge and its menu, shown in the header in demo mode. */
  demoBadge?: ReactNode;
}

export function AppLayout({ children, demoBadge }: AppLayoutProps) {
  const [isNavOpen, nav] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Burger opened={isNavOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Navigation" />
            <Text fw={700} component="span">
              Incoming leads
            </Text>
          </Group>
          <Group gap="xs">
            {demoBadge}
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <NavLink
          component={Link}
          to="/inbox"
          label="Inbox"
          leftSection={<IconInbox size={18} aria-hidden />}
          onClick={nav.close}
        />
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
