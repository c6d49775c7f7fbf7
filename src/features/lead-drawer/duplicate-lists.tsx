import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { Contact } from '@/crm/crm-schemas';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useLocale, useMessages } from '@/lib/i18n';
import { FreeText, WRAP_ANYWHERE } from './free-text';
import { messages as drawerMessages } from './lead-drawer-messages';
import { leadTitle } from './lead-drawer-text';
import { LocalTime } from './local-time';
import { messages } from './related-records-messages';

interface OtherIncomingLeadsProps {
  leads: IncomingLead[];
  onOpenLead?: (uid: string) => void;
}

export function OtherIncomingLeads({ leads, onOpenLead }: OtherIncomingLeadsProps) {
  const titleId = useId();
  const m = useMessages(messages);
  const categoryNames = useMessages(drawerMessages).categoryNames;
  const locale = useLocale();
  return (
    <Stack gap={4}>
      <Title order={4} size="h6" id={titleId}>
        {m.otherIncomingLeads}
      </Title>
      <List aria-labelledby={titleId} spacing={4} listStyleType="none" size="sm">
        {leads.map((other) => (
          <List.Item key={other.uid}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
                {categoryNames[other.category]}
              </Badge>
              <Stack gap={0} style={{ minWidth: 0 }}>
                {onOpenLead ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="start"
                    dir="auto"
                    style={WRAP_ANYWHERE}
                    onClick={() => onOpenLead(other.uid)}
                  >
                    {leadTitle(other, locale)}
                  </Anchor>
                ) : (
                  <FreeText text={leadTitle(other, locale)} lines={2} />
                )}
                <LocalTime value={other.createdAt} />
              </Stack>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

export function SamePersonContacts({ contacts }: { contacts: Contact[] }) {
  const titleId = useId();
  const m = useMessages(messages);
  return (
    <Stack gap={4}>
      <Title order={4} size="h6" id={titleId}>
        {m.contacts}
      </Title>
      <List aria-labelledby={titleId} spacing={6} listStyleType="none" size="sm">
        {contacts.map((contact) => (
          <List.Item key={contact.id}>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Group gap="xs" wrap="nowrap">
                <FreeText text={contact.name ?? m.unnamedContact} lines={2} />
                {contact.isUnsorted && (
                  <Badge variant="outline" size="xs" color="gray" style={{ flexShrink: 0 }}>
                    {m.waitingInIncomingLeads}
                  </Badge>
                )}
              </Group>
              {[...contact.phones, ...contact.emails].map((value) => (
                <Text key={value} component="span" size="xs" c="dimmed" dir="auto" style={WRAP_ANYWHERE}>
                  {value}
                </Text>
              ))}
            </Stack>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
