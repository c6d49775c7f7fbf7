import { Badge } from '@mantine/core';
import { useMessages } from '@/lib/i18n';
import type { DemoControls } from './demo-controls';
import { DemoMenu } from './demo-menu';
import { messages } from './demo-messages';

interface DemoBadgeProps {
  dataSource: 'demo' | 'live';
  demo?: DemoControls | undefined;
}

/** Says the data is not real; with the emulator's controls at hand it opens the demo menu. */
export function DemoBadge({ dataSource, demo }: DemoBadgeProps) {
  const text = useMessages(messages);
  if (dataSource !== 'demo') return null;
  if (demo) return <DemoMenu demo={demo} />;
  return (
    <Badge color="yellow" variant="filled" autoContrast>
      {text.badge}
    </Badge>
  );
}
