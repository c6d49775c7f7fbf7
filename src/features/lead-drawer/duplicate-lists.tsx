import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { Contact } from '@/crm/crm-schemas';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { FreeText, WRAP_ANYWHERE } from './free-text';
import { CATEGORY_NAMES, leadTitle } from './lead-drawer-text';
import { LocalTime } from './local-time';

interface OtherIncomingLeadsProps {
  leads: IncomingLead[];
  onOpenLead?: (uid: string) => void;
}

export function OtherIncomingLeads({ leads, onOpenLead }: OtherIncomingLeadsProps) {
  const titleId = useId();
  return (
    <Stack gap={4}>
      <Title order={4} size="h6" id={titleId}>
        Other incoming leads
      </Title>
      <List aria-labelledby={titleId} spacing={4} listStyleType="none" size="sm">
        {leads.map((other) => (
          <List.Item key={other.uid}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
                {CATEGORY_NAMES[other.category]}
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
                    {leadTitle(other)}
                  </Anchor>
                ) : (
                  <FreeText text={leadTitle(other)} lines={2} />
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
  return (
    <Stack gap={4}>
      <Title order={4} size="h6" id={titleId}>
        Contacts
      </Title>
      <List aria-labelledby={titleId} spacing={6} listStyleType="none" size="sm">
        {contacts.map((contact) => (
          <List.Item key={contact.id}>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Group gap="xs" wrap="nowrap">
                <FreeText text={contact.name ?? 'Unnamed contact'} lines={2} />
                {contact.isUnsorted && (
                  <Badge variant="outline" size="xs" color="gray" style={{ flexShrink: 0 }}>
                    Waiting in incoming leads
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
