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
import { toSafeHttpUrl } from '@/lib/safe-url';
import { DetailList, DetailRow } from './detail-list';
import { FreeText, NotGiven } from './free-text';
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
  return (
    <DetailList>
      <DetailRow label="Service" icon={IconMessages} value={chat.service} />
      {chat.sourceName !== null && <DetailRow label="Channel" icon={IconBrandMessenger} value={chat.sourceName} />}
      <DetailRow label="Client" icon={IconUser}>
        <ClientName chat={chat} />
      </DetailRow>
      <DetailRow label="Last message" icon={IconMessage} value={chat.lastMessage} />
      <DetailRow label="Received" icon={IconClock}>
        <LocalTime value={chat.receivedAt} />
      </DetailRow>
      <DetailRow label="Origin chat" icon={IconHash} value={chat.chatId} />
      {chat.ref !== null && <DetailRow label="Origin details" icon={IconRoute} value={chat.ref} />}
    </DetailList>
  );
}
