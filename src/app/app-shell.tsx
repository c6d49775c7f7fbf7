import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartBar, IconInbox } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ColorSchemeToggle } from './color-scheme-toggle';

interface AppLayoutProps {
  children: ReactNode;
  isDemo: boolean;
}

export function AppLayout({ children, isDemo }: AppLayoutProps) {
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
            {isDemo && (
              <Text size="sm" c="dimmed" component="span">
                Demo data
              </Text>
            )}
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
        <NavLink
          component={Link}
          to="/summary"
          label="Summary"
          leftSection={<IconChartBar size={18} aria-hidden />}
          onClick={nav.close}
        />
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
