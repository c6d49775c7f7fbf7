import { Badge, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useChangeFeedStatus } from '@/incoming-leads/change-feed-status';
import { useMessages } from '@/lib/i18n';
import { messages } from './inbox-messages';

/** Whether the team's changes reach this inbox as they happen; nothing where there is no feed to follow. */
export function LiveStatus() {
  const m = useMessages(messages);
  const status = useChangeFeedStatus();
  const [wasLive, setWasLive] = useState(false);
  useEffect(() => {
    if (status === 'live') setWasLive(true);
  }, [status]);
  if (status === 'live') {
    return (
      <Tooltip label={m.liveHint}>
        <Badge variant="dot" color="green" size="sm">
          {m.live}
        </Badge>
      </Tooltip>
    );
  }
  if (status === 'connecting' && wasLive) {
    return (
      <Tooltip label={m.reconnectingHint}>
        <Badge variant="dot" color="yellow" size="sm">
          {m.reconnecting}
        </Badge>
      </Tooltip>
    );
  }
  return null;
}
