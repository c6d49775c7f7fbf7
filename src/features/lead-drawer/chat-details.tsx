import { Avatar, Group } from '@mantine/core';
import {
  IconBrandMessenger,
  IconClock,
  IconHash,
  IconMessage,
  IconMessages,
  IconRoute,
  IconUser,
} from '@tabler/icons-react';
import type { IncomingChat } from '@/incoming-leads/incoming-lead';
import { useMessages } from '@/lib/i18n';
import { toSafeHttpUrl } from '@/lib/safe-url';
import { DetailList, DetailRow } from './detail-list';
import { FreeText, NotGiven } from './free-text';
import { messages } from './incoming-lead-details-messages';
import { LocalTime } from './local-time';

function ClientName({ chat }: { chat: IncomingChat }) {
  const name = chat.clientName ?? chat.from;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      {/* The avatar is decorative: the name next to it says who it is. */}
      <Avatar src={toSafeHttpUrl(chat.clientAvatar)} alt="" size="sm" radius="xl" />
      <div style={{ minWidth: 0 }}>{name === null ? <NotGiven /> : <FreeText text={name} lines={2} />}</div>
    </Group>
  );
}

export function ChatDetails({ chat }: { chat: IncomingChat }) {
  const m = useMessages(messages);
  return (
    <DetailList>
      <DetailRow label={m.service} icon={IconMessages} value={chat.service} />
      {chat.sourceName !== null && <DetailRow label={m.channel} icon={IconBrandMessenger} value={chat.sourceName} />}
      <DetailRow label={m.client} icon={IconUser}>
        <ClientName chat={chat} />
      </DetailRow>
      <DetailRow label={m.lastMessage} icon={IconMessage} value={chat.lastMessage} />
      <DetailRow label={m.received} icon={IconClock}>
        <LocalTime value={chat.receivedAt} />
      </DetailRow>
      <DetailRow label={m.originChat} icon={IconHash} value={chat.chatId} />
      {chat.ref !== null && <DetailRow label={m.originDetails} icon={IconRoute} value={chat.ref} />}
    </DetailList>
  );
}
