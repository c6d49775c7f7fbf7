import { Group, Kbd, Modal, Table } from '@mantine/core';
import { useMessages } from '@/lib/i18n';
import { messages } from './inbox-messages';
import { inboxShortcutRows, type ShortcutRow } from './inbox-shortcuts';

interface ShortcutSheetProps {
  opened: boolean;
  onClose: () => void;
  /** Rows for keys that other parts of the screen answer (the triage actions). */
  extraRows?: readonly ShortcutRow[];
}

export function ShortcutSheet({ opened, onClose, extraRows = [] }: ShortcutSheetProps) {
  const m = useMessages(messages);
  return (
    <Modal opened={opened} onClose={onClose} title={m.keyboardShortcuts} size="md">
      <Table verticalSpacing={6} aria-label={m.keyboardShortcuts}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{m.keys}</Table.Th>
            <Table.Th scope="col">{m.whatTheyDo}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...inboxShortcutRows(m), ...extraRows].map(({ keys, action }) => (
            <Table.Tr key={action}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {keys.map((key) => (
                    <Kbd key={key}>{key}</Kbd>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{action}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
