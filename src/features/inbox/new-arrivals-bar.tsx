import { Button } from '@mantine/core';
import { IconArrowUp } from '@tabler/icons-react';
import { useMessages } from '@/lib/i18n';
import { messages } from './inbox-messages';
import classes from './lead-list.module.css';

interface NewArrivalsBarProps {
  count: number;
  isLoading: boolean;
  onShow: () => void;
}

/**
 * Floats over the top of the list instead of pushing it down: the rows stay where the manager is looking until
 * they ask for the new ones. The live region announces the count when it changes.
 */
export function NewArrivalsBar({ count, isLoading, onShow }: NewArrivalsBarProps) {
  const m = useMessages(messages);
  return (
    <div className={classes.arrivals} role="status">
      {count > 0 && (
        <Button
          size="xs"
          radius="xl"
          style={{ boxShadow: 'var(--mantine-shadow-md)' }}
          leftSection={<IconArrowUp size={14} aria-hidden />}
          loading={isLoading}
          onClick={onShow}
        >
          {m.newArrivals(count)}
        </Button>
      )}
    </div>
  );
}
