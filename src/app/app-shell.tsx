import { AppShell, Group, NavLink, Text } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ColorSchemeToggle } from './color-scheme-toggle';

interface AppLayoutProps {
  children: ReactNode;
  isDemo: boolean;
}

export function AppLayout({ children, isDemo }: AppLayoutProps) {
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Text fw={700} component="span">
            Incoming leads
          </Text>
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
        <NavLink component={Link} to="/inbox" label="Inbox" leftSection={<IconInbox size={18} aria-hidden />} />
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
